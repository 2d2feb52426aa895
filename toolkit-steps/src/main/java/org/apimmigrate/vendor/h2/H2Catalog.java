package org.apimmigrate.vendor.h2;

import org.apimmigrate.api.vendor.CatalogReader;

/** Not written yet. */
final class H2Catalog implements CatalogReader {

    @Override
    public org.apimmigrate.api.schema.Snapshot snapshot(org.jdbi.v3.core.Handle handle) {
        throw new UnsupportedOperationException("H2: Catalog not implemented yet");
    }
}
