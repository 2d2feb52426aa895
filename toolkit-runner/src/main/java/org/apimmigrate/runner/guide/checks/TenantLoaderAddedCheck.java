package org.apimmigrate.runner.guide.checks;

import java.util.List;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.files.JarFolder;
import org.apimmigrate.runner.guide.files.MigrationTool;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** Guide Step 2 (re-index) 2: with tenants, tenantloader-1.0.jar is in dropins for the re-indexing start. */
public final class TenantLoaderAddedCheck implements GuideCheck {

    @Override
    public String id() {
        return "tenantloader-added";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.REINDEX;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("add");
        Probe<Long> tenants = ctx.progress().tenants();
        if (tenants.known() && tenants.value() == 0) {
            return item.done("not needed: no tenant besides the super tenant");
        }
        if (Probe.isTrue(ctx.solr().rebuiltAfterBackup())) {
            return item.done("the re-indexing start has happened");
        }
        List<?> jars = JarFolder.matching(ctx.newHome().dropins(), MigrationTool.TENANT_LOADER.jarGlob());
        if (!jars.isEmpty()) {
            return item.done("dropped in for the re-indexing start");
        }
        if (tenants.known()) {
            return item.todo(tenants.value() + " tenant(s): drop tenantloader-1.0.jar in before the re-indexing start");
        }
        return item.uncheckable("needed only with tenants; how many there are cannot be read: " + tenants.reason());
    }
}
