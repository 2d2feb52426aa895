package org.apimmigrate.api.step;

import java.util.List;

/** What a step did: statements run, rows changed, and notes for the report (e.g. rows the upgrade discarded). */
public record StepOutcome(int statementsRun, long rowsAffected, List<String> notes) {

    public StepOutcome {
        notes = List.copyOf(notes);
    }
}
