package org.apimmigrate.vendor.mysql;

import org.apimmigrate.api.vendor.MigrationLock;

/** Not written yet. */
final class MySqlLock implements MigrationLock {

    @Override
    public MigrationLock.Held acquire(org.jdbi.v3.core.Handle handle, String name) {
        throw new UnsupportedOperationException("MySQL / MariaDB: Lock not implemented yet");
    }
}
