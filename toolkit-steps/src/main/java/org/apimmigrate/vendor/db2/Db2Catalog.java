package org.apimmigrate.vendor.db2;

import org.apimmigrate.api.vendor.CatalogReader;

/** Not written yet. */
final class Db2Catalog implements CatalogReader {

    @Override
    public org.apimmigrate.api.schema.Snapshot snapshot(org.jdbi.v3.core.Handle handle) {
        throw new UnsupportedOperationException("IBM Db2: Catalog not implemented yet");
    }
}
