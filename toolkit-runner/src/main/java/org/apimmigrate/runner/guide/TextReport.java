package org.apimmigrate.runner.guide;

import java.io.PrintWriter;
import org.apimmigrate.runner.guide.progress.MigrationProgress.DatabaseStatus;

/** The checklist for people: phase by phase, each item with its verdict, what was found and what fixes it. */
public final class TextReport {

    private static final String INDENT = "                  ";

    private TextReport() {
    }

    public static void print(GuideReport r, PrintWriter out) {
        out.println("apim-migrate guide: API-M 3.2.0 at " + r.oldHome() + " -> 4.0.0 at " + r.newHome());
        for (DatabaseStatus d : r.databases()) {
            out.println("  database " + d.name() + (d.url() == null ? "" : " " + d.url())
                    + (d.reachable() ? ": read" : ": could not be read: " + d.reason()));
        }
        if (!r.fixed().isEmpty() || !r.fixFailures().isEmpty()) {
            out.println();
            out.println("--fix:");
            r.fixed().forEach(f -> out.println("  " + f));
            r.fixFailures().forEach(f -> out.println("  NOT FIXED: " + f));
        }
        GuidePhase phase = null;
        for (ItemResult i : r.items()) {
            if (i.phase() != phase) {
                phase = i.phase();
                out.println();
                out.println(phase.title());
            }
            out.println(String.format("  %-16s%s  (%s)", "[" + i.verdict().label() + "]", i.title(), i.id()));
            if (!i.detail().isEmpty()) {
                out.println(INDENT + i.detail());
            }
            if (!i.fixSnippet().isEmpty()) {
                out.println(INDENT + "fix:");
                i.fixSnippet().lines().forEach(l -> out.println(INDENT + "  " + l));
            }
            i.autoFix().ifPresent(f -> out.println(INDENT + "--fix would " + f.description()));
        }
        out.println();
        out.println("Progress: " + r.count(Verdict.DONE) + " of " + r.items().size() + " done, "
                + r.count(Verdict.TODO) + " to do, " + r.count(Verdict.WRONG) + " wrong, "
                + r.count(Verdict.UNCHECKABLE) + " cannot be checked (confirm those by hand).");
        out.flush();
    }
}
