package org.apimmigrate.runner.guide;

import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;

/** Runs the checks in order. A check that breaks makes its own item "cannot check", never the whole list. */
public final class ChecklistRun {

    private ChecklistRun() {
    }

    public static List<ChecklistItem> run(List<GuideCheck> checks, GuideContext ctx) {
        List<ChecklistItem> out = new ArrayList<>();
        for (GuideCheck check : checks) {
            try {
                out.add(check.check(ctx));
            } catch (RuntimeException e) {
                out.add(ctx.item(check).uncheckable("the check failed: " + message(e)));
            }
        }
        return out;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
