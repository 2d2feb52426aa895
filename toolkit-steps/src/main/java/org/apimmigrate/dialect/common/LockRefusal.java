package org.apimmigrate.dialect.common;

import org.apimmigrate.api.dialect.LockLeftBehindException;
import org.apimmigrate.api.dialect.MigrationLock.LockUnavailableException;

/** The messages a run gets when another apim-migrate run holds the migration lock. */
public final class LockRefusal {

    private static final String ONE_RUN = "Only one apim-migrate run at a time may work on a database: wait until "
            + "the other run has finished, then start this one again.";

    private LockRefusal() {
    }

    /** Who holds a session lock: the session, since when, and the statement that ends it. */
    public record Holder(String who, String since, String clearStatement) {
    }

    /** Refusal for an engine-native lock, which dies with the session that holds it. */
    public static LockUnavailableException heldBySession(String name, String mechanism,
                                                         java.util.Optional<Holder> holder) {
        String who = holder.map(h -> " Held by " + h.who() + (h.since() == null ? "" : ", since " + h.since()) + ".")
                .orElse("");
        String clear = holder.map(h -> " If that session is not a live apim-migrate run (e.g. a hung client), end it "
                + "with: " + h.clearStatement()).orElse("");
        return new LockUnavailableException("Another apim-migrate run holds the migration lock '" + name
                + "' on this database (" + mechanism + ")." + who + " " + ONE_RUN + " The lock is freed as soon as "
                + "that run's database session ends, even if the run was killed, so nothing needs to be cleared by hand."
                + clear);
    }

    /** Refusal for a lock row, which stays behind when its run is killed. */
    public static LockLeftBehindException heldByRow(String name, String owner, String host, Object since) {
        String clear = LockRow.clearStatement(name);
        return new LockLeftBehindException("Another apim-migrate run holds the migration lock '" + name
                + "' on this database: " + owner + " on host " + host + ", since " + since + ". " + ONE_RUN
                + " If no apim-migrate run is working on this database any more (a killed run leaves its lock row "
                + "behind), clear the lock with: " + clear, clear);
    }
}
