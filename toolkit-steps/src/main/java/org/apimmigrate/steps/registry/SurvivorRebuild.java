package org.apimmigrate.steps.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;

/**
 * Removing most of a table's rows by writing the survivors once and refilling the emptied table, instead of deleting
 * row by row with index maintenance. The vendor's SQL has two sections: {@code [build]} writes the survivors into work
 * tables {@code <build>_*} and ends by sealing them (one atomic rename to {@code <keep>_*} where DDL commits on its
 * own), {@code [swap]} empties and refills the real tables from the sealed copies and drops the seal first, then the
 * other copies. The seal is the table {@code <keep>_A}: while it exists, the copies are complete and the real tables
 * may already be emptied, so a re-run must finish with {@code [swap]} and nothing else. Without the seal, any work
 * table left by an interrupted run is dropped before building again.
 *
 * @param keep  the sealed copies' name prefix; {@code <keep>_A} is the seal
 * @param build the name prefix of copies still being built
 */
record SurvivorRebuild(SqlSections sql, Map<String, String> slots, String keep, String build) {

    static final String BUILD = "build";

    /** Whether the vendor's SQL knows how to rebuild at all (else only in-place statements exist). */
    static boolean supported(SqlSections sql) {
        return sql.find(BUILD).isPresent();
    }

    /**
     * Whether an earlier run sealed its copies and may have emptied the real tables.
     *
     * @param tables the tables of the schema now ({@link RegistryTables#names})
     */
    boolean sealed(List<String> tables) {
        return tables.stream().anyMatch((keep + "_A")::equalsIgnoreCase);
    }

    /** What is left to do: the swap alone after an interrupted run, else tidy, build and swap. */
    List<StepPlan.Action> actions(List<String> tables, String what) {
        List<StepPlan.Action> out = new ArrayList<>();
        if (!sealed(tables)) {
            out.addAll(tidy(tables, what));
            out.add(action("write the surviving rows of " + what + " once, into sealed copies", sql.require(BUILD)));
        }
        out.add(action("empty " + what + " and refill it from the sealed copies", sql.require("swap")));
        return out;
    }

    /** Drops the work tables an interrupted run left (never the seal: a sealed rebuild is finished instead). */
    List<StepPlan.Action> tidy(List<String> tables, String what) {
        List<String> drops = tables.stream().filter(this::leftover).map(t -> "DROP TABLE " + t)
                .toList();
        return drops.isEmpty() ? List.of()
                : List.of(new StepPlan.Action("remove work tables an interrupted run left for " + what, drops,
                        group()));
    }

    private boolean leftover(String table) {
        String t = table.toUpperCase(java.util.Locale.ROOT);
        return (t.startsWith(build.toUpperCase(java.util.Locale.ROOT) + "_")
                || t.startsWith(keep.toUpperCase(java.util.Locale.ROOT) + "_"))
                && !t.equals(keep.toUpperCase(java.util.Locale.ROOT) + "_A");
    }

    StepPlan.Action action(String description, List<String> statements) {
        return new StepPlan.Action(description, statements.stream().map(s -> SqlResource.fill(s, slots)).toList(),
                group());
    }

    /** The pair's actions are one group, named by its association table: pairs share no table they change. */
    private String group() {
        return slots.getOrDefault("assoc", "");
    }
}
