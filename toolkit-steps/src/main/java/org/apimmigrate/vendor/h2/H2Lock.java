package org.apimmigrate.vendor.h2;

import org.apimmigrate.api.vendor.MigrationLock;

/** Not written yet. */
final class H2Lock implements MigrationLock {

    @Override
    public MigrationLock.Held acquire(org.jdbi.v3.core.Handle handle, String name) {
        throw new UnsupportedOperationException("H2: Lock not implemented yet");
    }
}
