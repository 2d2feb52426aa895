package org.apimmigrate.api.journal;

import java.time.Instant;

/** One step's record in a database's journal table. */
public record JournalEntry(String stepId, String phase, String checksum, Status status, Instant startedAt,
                           Instant finishedAt, long rowsAffected, int statementsRun, String toolVersion,
                           String detail) {

    public enum Status {
        /** Started and not finished: the run died or is still going. */
        RUNNING,
        SUCCESS,
        FAILED,
        /** Nothing to do on this database (e.g. registry versioning was never on). */
        NOT_NEEDED
    }

    public boolean finished() {
        return status == Status.SUCCESS || status == Status.NOT_NEEDED;
    }
}
