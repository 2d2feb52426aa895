package org.apimmigrate.runner.guide.checks;

import java.util.function.Function;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.progress.MigrationProgress;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** A start of the 4.0.0 server that runs one of WSO2's migration tools, as the marks it leaves in the databases show. */
public final class MigrationRunCheck implements GuideCheck {

    private final String id;
    private final GuidePhase phase;
    private final Function<MigrationProgress, Probe<Boolean>> ran;
    private final String notYet;

    private MigrationRunCheck(String id, GuidePhase phase, Function<MigrationProgress, Probe<Boolean>> ran,
                              String notYet) {
        this.id = id;
        this.phase = phase;
        this.ran = ran;
        this.notYet = notYet;
    }

    public static MigrationRunCheck identity() {
        return new MigrationRunCheck("identity-migration-run", GuidePhase.IDENTITY,
                MigrationProgress::identityMigrated, "UM_TENANT has no UM_TENANT_UUID yet");
    }

    public static MigrationRunCheck client() {
        return new MigrationRunCheck("migration-client-run", GuidePhase.CLIENT, MigrationProgress::clientRan,
                "WSO2AM_DB still has AM_LABELS or APIs without API_UUID");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public GuidePhase phase() {
        return phase;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("run");
        Probe<Boolean> p = ran.apply(ctx.progress());
        if (!p.known()) {
            return item.uncheckable(p.reason());
        }
        return p.value() ? item.done("has run") : item.todo("has not run yet: " + notYet);
    }
}
