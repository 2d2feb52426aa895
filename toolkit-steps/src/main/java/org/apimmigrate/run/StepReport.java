package org.apimmigrate.run;

import java.time.Duration;
import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;

/** How one step fared in a run (or would fare, for preflight and plan). */
public record StepReport(String stepId, String title, String database, State state, List<Finding> findings,
                         StepPlan plan, StepOutcome outcome, Duration duration, String detail) {

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
}
