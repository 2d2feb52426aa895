package org.apimmigrate.vendor.db2;

import org.apimmigrate.api.vendor.MigrationLock;

/** Not written yet. */
final class Db2Lock implements MigrationLock {

    @Override
    public MigrationLock.Held acquire(org.jdbi.v3.core.Handle handle, String name) {
        throw new UnsupportedOperationException("IBM Db2: Lock not implemented yet");
    }
}
