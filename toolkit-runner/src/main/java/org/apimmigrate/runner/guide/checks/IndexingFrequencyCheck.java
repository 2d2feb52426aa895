package org.apimmigrate.runner.guide.checks;

import java.util.Optional;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * The guide's troubleshooting of the identity migration raises {@code [indexing] frequency} and says to revert it
 * once the migration is complete.
 */
public final class IndexingFrequencyCheck implements GuideCheck {

    @Override
    public String id() {
        return "indexing-frequency";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.IDENTITY;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("revert");
        if (!ctx.newToml().readable()) {
            return item.uncheckable("the new deployment.toml cannot be read");
        }
        Optional<String> frequency = ctx.newToml().text("indexing.frequency");
        if (frequency.isEmpty()) {
            return item.done("[indexing] frequency is at its default");
        }
        Probe<Boolean> ran = ctx.progress().identityMigrated();
        if (Probe.isTrue(ran)) {
            return item.todo("[indexing] frequency = " + frequency.get() + " is still set: revert it now that the "
                    + "identity migration has run");
        }
        if (Probe.isFalse(ran)) {
            return item.done("[indexing] frequency = " + frequency.get() + " for the identity migration; revert it "
                    + "afterwards");
        }
        return item.uncheckable("[indexing] frequency = " + frequency.get() + " is set; whether the identity "
                + "migration has run (then it must be reverted) cannot be read: " + ran.reason());
    }
}
