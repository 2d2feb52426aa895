package org.apimmigrate.runner.preflight;

import java.util.List;
import java.util.Map;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.steps.Steps;

/** Which phase comes next, as the journals tell it. */
public final class Phases {

    private Phases() {
    }

    /** Pre-client until every pre-client step finished on its database, post-client after. */
    public static Phase next(Map<DatabaseRole, List<JournalEntry>> journals) {
        boolean preDone = Steps.of(Phase.PRE_CLIENT).stream().allMatch(step -> journals
                .getOrDefault(step.database(), List.of()).stream()
                .anyMatch(e -> e.stepId().equals(step.id()) && e.finished()));
        return preDone ? Phase.POST_CLIENT : Phase.PRE_CLIENT;
    }
}
