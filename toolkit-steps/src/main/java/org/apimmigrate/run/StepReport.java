package org.apimmigrate.run;

import java.time.Duration;
import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;

/**
 * How one step fared in a run (or would fare, for preflight and plan).
 *
 * @param resumedAfter where this run took the step up from an earlier run, the state that run left it in (null: the
 *                     step started afresh or did not run)
 */
public record StepReport(String stepId, String title, String database, State state, List<Finding> findings,
                         StepPlan plan, StepOutcome outcome, Duration duration, String detail,
                         JournalEntry.Status resumedAfter) {

    public enum State {
        /** Finished in an earlier run; skipped. */
        ALREADY_DONE,
        /** Would run (preflight, plan). */
        PENDING,
        /** Ran and finished in this run. */
        DONE,
        /** Not run because something blocks the phase. */
        BLOCKED,
        /** Started and failed; the journal says so and a re-run resumes it. */
        FAILED
    }

    public StepReport {
        findings = List.copyOf(findings);
    }

    public StepReport(String stepId, String title, String database, State state, List<Finding> findings,
                      StepPlan plan, StepOutcome outcome, Duration duration, String detail) {
        this(stepId, title, database, state, findings, plan, outcome, duration, detail, null);
    }
}
