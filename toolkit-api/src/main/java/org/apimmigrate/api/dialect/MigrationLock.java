package org.apimmigrate.api.dialect;

import org.jdbi.v3.core.Handle;

/**
 * Keeps a second run of the toolkit away from a database while one is running. Where the vendor has an engine-native
 * lock that dies with the session (advisory lock, GET_LOCK, sp_getapplock, DBMS_LOCK) it is used, so a killed run
 * never leaves a stale lock behind.
 */
public interface MigrationLock {

    /**
     * Takes the lock at once or fails at once.
     *
     * @throws LockUnavailableException when another session holds it
     */
    Held acquire(Handle handle, String name);

    /** A held lock; closing it releases the lock. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    class LockUnavailableException extends RuntimeException {
        public LockUnavailableException(String message) {
            super(message);
        }
    }
}
