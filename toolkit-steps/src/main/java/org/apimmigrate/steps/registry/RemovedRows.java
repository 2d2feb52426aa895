package org.apimmigrate.steps.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /**
     * One query for every table, each count numbered by its branch: where the engine runs the branches side by side
     * (a parallel append) they share its workers, and elsewhere it is one round trip instead of many.
     */
    private static Map<String, Long> counts(StepContext ctx, List<String> tables) {
        String query = IntStream.range(0, tables.size())
                .mapToObj(i -> "SELECT " + i + " AS N, COUNT(*) AS ROWS_NOW FROM " + tables.get(i))
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, Long> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t, null));
        ctx.handle().createQuery(query).map((rs, c) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .forEach(e -> out.put(tables.get(e.getKey()), e.getValue()));
        return out;
    }
}
