package org.apimmigrate.vendor.oracle;

import org.apimmigrate.api.vendor.CatalogReader;

/** Not written yet. */
final class OracleCatalog implements CatalogReader {

    @Override
    public org.apimmigrate.api.schema.Snapshot snapshot(org.jdbi.v3.core.Handle handle) {
        throw new UnsupportedOperationException("Oracle: Catalog not implemented yet");
    }
}
