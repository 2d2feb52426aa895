package org.apimmigrate.steps.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.vendor.common.SqlResource;
import org.apimmigrate.vendor.common.SqlSections;

/**
 * Removing most of a table's rows by writing the survivors once and refilling the emptied table, instead of deleting
 * row by row with index maintenance. The vendor's SQL has three sections: {@code [tidy]} (optional) removes what an
 * interrupted earlier run left, {@code [build]} writes the survivors into copies and ends by sealing them (one atomic
 * rename where DDL commits on its own), {@code [swap]} empties and refills the real tables from the sealed copies and
 * drops the seal. The seal is the table {@code <keep>_A}: while it exists, the copies are complete and the real
 * tables may already be emptied, so a re-run must finish with {@code [swap]} and nothing else.
 *
 * @param keep the copies' name prefix; {@code <keep>_A} is the seal
 */
record SurvivorRebuild(SqlSections sql, Map<String, String> slots, String keep) {

    static final String BUILD = "build";

    /** Whether the vendor's SQL knows how to rebuild at all (else only in-place statements exist). */
    static boolean supported(SqlSections sql) {
        return sql.find(BUILD).isPresent();
    }

    /** Whether an earlier run sealed its copies and may have emptied the real tables. */
    boolean sealed(StepContext ctx) {
        return RegistryTables.exists(ctx, keep + "_A");
    }

    /** What is left to do: the swap alone after an interrupted run, else tidy, build and swap. */
    List<StepPlan.Action> actions(StepContext ctx, String what) {
        List<StepPlan.Action> out = new ArrayList<>();
        if (!sealed(ctx)) {
            sql.find("tidy").ifPresent(s -> out.add(action("remove leftovers of an interrupted run for " + what, s)));
            out.add(action("write the surviving rows of " + what + " once, into sealed copies", sql.require(BUILD)));
        }
        out.add(action("empty " + what + " and refill it from the sealed copies", sql.require("swap")));
        return out;
    }

    StepPlan.Action action(String description, List<String> statements) {
        return new StepPlan.Action(description, statements.stream().map(s -> SqlResource.fill(s, slots)).toList());
    }
}
