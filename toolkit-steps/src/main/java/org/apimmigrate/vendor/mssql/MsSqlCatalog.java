package org.apimmigrate.vendor.mssql;

import org.apimmigrate.api.vendor.CatalogReader;

/** Not written yet. */
final class MsSqlCatalog implements CatalogReader {

    @Override
    public org.apimmigrate.api.schema.Snapshot snapshot(org.jdbi.v3.core.Handle handle) {
        throw new UnsupportedOperationException("Microsoft SQL Server: Catalog not implemented yet");
    }
}
