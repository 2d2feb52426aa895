package org.apimmigrate.runner.guide.checks;

import java.util.Optional;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** Guide Step 2 (re-index) 3: {@code [indexing] re_indexing} is set, so the next start re-indexes the registry. */
public final class ReindexingCheck implements GuideCheck {

    @Override
    public String id() {
        return "re-indexing";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.REINDEX;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("set");
        if (!ctx.newToml().readable()) {
            return item.uncheckable("the new deployment.toml cannot be read");
        }
        Optional<String> value = ctx.newToml().text("indexing.re_indexing");
        if (value.isEmpty()) {
            return item.todo("[indexing] re_indexing is not set");
        }
        try {
            if (Long.parseLong(value.get().strip()) >= 1) {
                return item.done("[indexing] re_indexing = " + value.get());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return item.wrong("[indexing] re_indexing = " + value.get() + " is not a positive number");
    }
}
