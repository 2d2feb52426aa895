package org.apimmigrate.vendor.mysql;

import org.apimmigrate.api.vendor.CatalogReader;

/** Not written yet. */
final class MySqlCatalog implements CatalogReader {

    @Override
    public org.apimmigrate.api.schema.Snapshot snapshot(org.jdbi.v3.core.Handle handle) {
        throw new UnsupportedOperationException("MySQL / MariaDB: Catalog not implemented yet");
    }
}
