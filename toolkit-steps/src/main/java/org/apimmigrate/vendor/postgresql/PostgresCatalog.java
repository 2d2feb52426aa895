package org.apimmigrate.vendor.postgresql;

import org.apimmigrate.api.vendor.CatalogReader;

/** Not written yet. */
final class PostgresCatalog implements CatalogReader {

    @Override
    public org.apimmigrate.api.schema.Snapshot snapshot(org.jdbi.v3.core.Handle handle) {
        throw new UnsupportedOperationException("PostgreSQL: Catalog not implemented yet");
    }
}
