package org.apimmigrate.vendor.postgresql;

import org.apimmigrate.api.vendor.MigrationLock;

/** Not written yet. */
final class PostgresLock implements MigrationLock {

    @Override
    public MigrationLock.Held acquire(org.jdbi.v3.core.Handle handle, String name) {
        throw new UnsupportedOperationException("PostgreSQL: Lock not implemented yet");
    }
}
