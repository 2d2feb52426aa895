package org.apimmigrate.runner.guide.checks;

import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** Guide Step 2.2: every database is backed up. Only a person can confirm that. */
public final class DatabaseBackupCheck implements GuideCheck {

    @Override
    public String id() {
        return "database-backup";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.DATABASE;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        return ctx.item(this).snippet("backup").uncheckable("a backup lives outside the API-M homes: confirm that "
                + "every database of [database.*] was backed up before the upgrade and that it restores");
    }
}
