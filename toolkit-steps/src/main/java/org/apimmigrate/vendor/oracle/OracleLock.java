package org.apimmigrate.vendor.oracle;

import org.apimmigrate.api.vendor.MigrationLock;

/** Not written yet. */
final class OracleLock implements MigrationLock {

    @Override
    public MigrationLock.Held acquire(org.jdbi.v3.core.Handle handle, String name) {
        throw new UnsupportedOperationException("Oracle: Lock not implemented yet");
    }
}
