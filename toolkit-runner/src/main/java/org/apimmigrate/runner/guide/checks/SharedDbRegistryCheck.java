package org.apimmigrate.runner.guide.checks;

import java.util.Optional;
import org.apimmigrate.runner.config.DatasourceTable;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.config.JdbcUrls;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.redact.JdbcUrlRedaction;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * "SHARED_DB should point to the previous API-M version's WSO2REG_DB": the same URL as the database of the old
 * registry, or a database that holds registry resources (a copy of it).
 */
public final class SharedDbRegistryCheck implements GuideCheck {

    @Override
    public String id() {
        return "shared-db-registry";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.CONFIGURATION;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("point");
        Optional<DatasourceTable> shared = ctx.newToml().datasource("shared_db");
        if (shared.isEmpty() || shared.get().url() == null) {
            return item.todo("[database.shared_db] is not configured yet");
        }
        String url = shared.get().url();
        String shown = shared.get().safeUrl();
        Probe<String> oldUrl = ctx.old().registryDatabaseUrl();
        if (oldUrl.known() && JdbcUrls.same(oldUrl.value(), url)) {
            return item.done("SHARED_DB is 3.2.0's registry database " + shown);
        }
        String was = oldUrl.known() ? "3.2.0's registry was " + JdbcUrlRedaction.redactPasswords(oldUrl.value())
                : oldUrl.reason();
        Probe<Long> resources = ctx.progress().registryResources();
        if (resources.known() && resources.value() > 0) {
            return item.done("SHARED_DB " + shown + " holds " + resources.value()
                    + " registry resources (" + was + "; a copy of it?)");
        }
        if (resources.known()) {
            return item.wrong("SHARED_DB " + shown + " holds no registry resources; " + was);
        }
        return item.uncheckable("SHARED_DB is " + shown + "; " + was + "; whether it holds the old "
                + "registry cannot be read: " + resources.reason());
    }
}
