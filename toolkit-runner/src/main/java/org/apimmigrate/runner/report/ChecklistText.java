package org.apimmigrate.runner.report;

import java.io.PrintWriter;
import org.apimmigrate.runner.report.ReportDocument.ChecklistCounts;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;

/**
 * {@code guide}'s checklist section as console text for people: phase by phase, each item with its verdict, what was
 * found and its fix. Printed as it is rather than through the console's scrubbing {@code Out}: the checklist never
 * holds a secret (its checks word their details so), and WSO2's default password {@code wso2carbon} is also the name
 * of the default keystore and its alias, which scrubbing would hide from the keystore items.
 */
public final class ChecklistText {

    private static final String INDENT = "                  ";

    private ChecklistText() {
    }

    /** Prints the checklist section of the report, with the databases it read. */
    public static void print(ReportDocument report, PrintWriter out) {
        ReportDocument.Checklist c = report.checklist();
        out.println("apim-migrate guide: API-M 3.2.0 at " + c.oldHome() + " -> 4.0.0 at " + c.newHome());
        for (ReportDocument.Database d : report.databases()) {
            out.println("  database " + d.role() + (d.url() == null ? "" : " " + d.url()) + ": read");
        }
        c.findings().forEach(f -> out.println("  " + f.message()));
        if (!c.fixed().isEmpty() || !c.fixFailures().isEmpty()) {
            out.println();
            out.println("--fix:");
            c.fixed().forEach(f -> out.println("  " + f));
            c.fixFailures().forEach(f -> out.println("  NOT FIXED: " + f));
        }
        String phase = null;
        for (ChecklistItem i : c.items()) {
            if (!i.phase().equals(phase)) {
                phase = i.phase();
                out.println();
                out.println(i.phaseTitle());
            }
            out.println(String.format("  %-16s%s  (%s)", "[" + i.verdict().label() + "]", i.title(), i.id()));
            if (!i.detail().isEmpty()) {
                out.println(INDENT + i.detail());
            }
            if (!i.fix().isEmpty()) {
                out.println(INDENT + "fix:");
                i.fix().lines().forEach(l -> out.println(INDENT + "  " + l));
            }
            if (i.autoFix() != null) {
                out.println(INDENT + "--fix would " + i.autoFix());
            }
        }
        ChecklistCounts n = c.counts();
        out.println();
        out.println("Progress: " + n.done() + " of " + n.total() + " done, " + n.todo() + " to do, " + n.wrong()
                + " wrong, " + n.uncheckable() + " cannot be checked (confirm those by hand).");
        out.flush();
    }
}
