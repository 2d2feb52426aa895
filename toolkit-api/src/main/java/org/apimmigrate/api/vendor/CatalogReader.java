package org.apimmigrate.api.vendor;

import org.apimmigrate.api.schema.Snapshot;
import org.jdbi.v3.core.Handle;

/** Reads the current schema of a connection from the vendor's catalog into normalized snapshot lines. */
public interface CatalogReader {

    Snapshot snapshot(Handle handle);
}
