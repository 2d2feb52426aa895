package org.apimmigrate.runner.guide.progress;

import java.time.Instant;
import org.apimmigrate.api.journal.JournalEntry;

/**
 * Where one toolkit step stands in its database's journal.
 *
 * @param statementsRun how many statements the step ran; 0 on a finished step means it found nothing to do
 */
public record JournalState(Status status, Instant finishedAt, int statementsRun, String detail) {

    public enum Status {
        NOT_STARTED,
        /** Started and not finished: a run stopped midway or is still going. */
        RUNNING,
        FAILED,
        FINISHED
    }

    public static final JournalState NOT_STARTED = new JournalState(Status.NOT_STARTED, null, 0, "");

    public static JournalState of(JournalEntry e) {
        Status s = switch (e.status()) {
            case RUNNING -> Status.RUNNING;
            case FAILED -> Status.FAILED;
            case SUCCESS, NOT_NEEDED -> Status.FINISHED;
        };
        return new JournalState(s, e.finishedAt(), e.statementsRun(), e.detail() == null ? "" : e.detail());
    }

    public boolean finished() {
        return status == Status.FINISHED;
    }
}
