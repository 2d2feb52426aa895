package org.apimmigrate.runner.guide.checks;

import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;
import org.apimmigrate.runner.guide.item.OldSetup;

/**
 * Guide Step 2 (identity) 5: {@code [user_store] type} is 3.2.0's for the identity migration. Where 3.2.0 used
 * {@code database}, the guide allows {@code database_unique_id} once the identity migration has run.
 */
public final class UserStoreTypeCheck implements GuideCheck {

    private static final String LEGACY = "database";

    @Override
    public String id() {
        return "user-store-type";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.IDENTITY;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this);
        if (!ctx.newToml().readable() || !ctx.old().toml().readable()) {
            return item.uncheckable("both deployment.toml files must be readable to compare [user_store] type");
        }
        String old = ctx.old().userStoreType();
        String now = ctx.newToml().text("user_store.type").orElse(OldSetup.DEFAULT_USER_STORE);
        item.fix("[user_store]\ntype = \"" + old + "\"");
        if (old.equals(now)) {
            return item.done("type = \"" + now + "\" as in 3.2.0" + (LEGACY.equals(old)
                    ? "; after the identity migration you may switch to \"" + OldSetup.DEFAULT_USER_STORE + "\"" : ""));
        }
        if (LEGACY.equals(old) && OldSetup.DEFAULT_USER_STORE.equals(now)) {
            Probe<Boolean> ran = ctx.progress().identityMigrated();
            if (Probe.isTrue(ran)) {
                return item.done("switched to \"" + now + "\" after the identity migration, as the guide allows");
            }
            if (!ran.known()) {
                return item.uncheckable("3.2.0 used \"" + LEGACY + "\" and 4.0.0 \"" + now + "\", which is right only "
                        + "after the identity migration; whether it ran cannot be read: " + ran.reason());
            }
        }
        return item.wrong("3.2.0 used type = \"" + old + "\" but 4.0.0 has \"" + now + "\"");
    }
}
