package org.apimmigrate.vendor.mssql;

import org.apimmigrate.api.vendor.MigrationLock;

/** Not written yet. */
final class MsSqlLock implements MigrationLock {

    @Override
    public MigrationLock.Held acquire(org.jdbi.v3.core.Handle handle, String name) {
        throw new UnsupportedOperationException("Microsoft SQL Server: Lock not implemented yet");
    }
}
