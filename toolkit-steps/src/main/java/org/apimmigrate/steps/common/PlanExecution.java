package org.apimmigrate.steps.common;

import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;

/** Runs a step's plan action by action through the context's statement runner, counting rows and reporting progress. */
public final class PlanExecution {

    private PlanExecution() {
    }

    /**
     * @param reportRows whether an action's changed rows go into the outcome's notes (data steps: yes; DDL: only row
     *                   removals, which the caller words itself)
     */
    public static StepOutcome run(StepContext ctx, String stepId, StepPlan plan, boolean reportRows) {
        int statements = 0;
        long rows = 0;
        int done = 0;
        List<StepOutcome.Note> notes = new ArrayList<>();
        for (StepPlan.Action action : plan.actions()) {
            long actionRows = 0;
            for (String sql : action.statements()) {
                actionRows += ctx.statements().run(sql);
                statements++;
            }
            if (reportRows || (action.description().startsWith("delete all rows of ") && actionRows > 0)) {
                notes.add(new StepOutcome.Note.ActionRows(action.description(), actionRows));
            }
            rows += actionRows;
            ctx.progress().progress(stepId, ++done, plan.actions().size());
        }
        return new StepOutcome(statements, rows, notes);
    }
}
