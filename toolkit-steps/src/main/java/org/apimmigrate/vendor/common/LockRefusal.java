package org.apimmigrate.vendor.common;

import org.apimmigrate.api.vendor.MigrationLock.LockUnavailableException;

/** The messages a run gets when another apim-migrate run holds the migration lock. */
public final class LockRefusal {

    private static final String ONE_RUN = "Only one apim-migrate run at a time may work on a database: wait until "
            + "the other run has finished, then start this one again.";

    private LockRefusal() {
    }

    /** Refusal for an engine-native lock, which dies with the session that holds it. */
    public static LockUnavailableException heldBySession(String name, String mechanism) {
        return new LockUnavailableException("Another apim-migrate run holds the migration lock '" + name
                + "' on this database (" + mechanism + "). " + ONE_RUN + " The lock is freed as soon as that run's "
                + "database session ends, even if the run was killed, so nothing needs to be cleared by hand.");
    }

    /** Refusal for a lock row, which stays behind when its run is killed. */
    public static LockUnavailableException heldByRow(String name, String owner, String host, Object since) {
        return new LockUnavailableException("Another apim-migrate run holds the migration lock '" + name
                + "' on this database: " + owner + " on host " + host + ", since " + since + ". " + ONE_RUN
                + " If no apim-migrate run is working on this database any more (a killed run leaves its lock row "
                + "behind), clear the lock with: " + LockRow.clearStatement(name));
    }
}
