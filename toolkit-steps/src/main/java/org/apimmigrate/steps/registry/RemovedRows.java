package org.apimmigrate.steps.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;

/**
 * A data step's outcome told by what it removed: each table's row count before and after, so the figure is the rows
 * removed whichever way the step went (in place, or rebuilt from the survivors, where statement counts would show the
 * rows written, not the rows removed).
 */
final class RemovedRows {

    private RemovedRows() {
    }

    /** The counts before are the context's ({@link StepContext#rowCount}): known without a scan where the run has them. */
    static StepOutcome around(StepContext ctx, List<String> tables, Function<StepContext, StepOutcome> run) {
        Map<String, Long> before = new LinkedHashMap<>();
        tables.forEach(t -> before.put(t, ctx.rowCount(t)));
        StepOutcome ran = run.apply(ctx);
        Map<String, Long> after = counts(ctx, tables);
        List<StepOutcome.Note> notes = new ArrayList<>();
        long removed = 0;
        for (String t : tables) {
            long gone = before.get(t) - after.get(t);
            removed += gone;
            notes.add(new StepOutcome.Note.RowsRemoved(t, before.get(t), after.get(t)));
        }
        return new StepOutcome(ran.statementsRun(), removed, notes);
    }

    private static Map<String, Long> counts(StepContext ctx, List<String> tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : tables) {
            out.put(t, ctx.handle().createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one());
        }
        return out;
    }
}
