package org.apimmigrate.steps.registry;

import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.api.vendor.Vendor;
import org.apimmigrate.run.Checksums;
import org.apimmigrate.steps.OfflinePlanning;
import org.apimmigrate.steps.PlanExecution;
import org.apimmigrate.vendor.common.SqlResource;
import org.apimmigrate.vendor.common.SqlSections;

/**
 * The effect of the guide's reg-index.sql (FACTS 4.3): REG_LOG keeps one row per path and tenant, and no
 * delete-resource rows, so the 4.0.0 indexer re-indexes each resource once.
 */
public final class RegistryLogReindexStep implements Step, OfflinePlanning {

    public static final String ID = "registry-log-reindex";
    private static final String FOLDER = "org/apimmigrate/steps/" + ID + "/";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Registry log trimmed for re-indexing (reg-index.sql)";
    }

    @Override
    public Phase phase() {
        return Phase.POST_CLIENT;
    }

    @Override
    public DatabaseRole database() {
        return DatabaseRole.SHARED_DB;
    }

    @Override
    public List<Finding> check(StepContext ctx) {
        return RegistryTables.present(ctx) ? List.of() : List.of(RegistryTables.missing());
    }

    @Override
    public StepPlan plan(StepContext ctx) {
        return offlinePlan(ctx.vendor(), ctx.options());
    }

    /** The same on every database: one statement set that finds what to delete itself. */
    @Override
    public StepPlan offlinePlan(Vendor vendor, StepContext.MigrationOptions options) {
        List<String> statements = SqlSections.read(FOLDER + vendor.id() + ".sql").require("reindex");
        return new StepPlan(List.of(new StepPlan.Action(
                "keep the newest REG_LOG row per path and tenant, drop delete-resource rows", statements)), List.of());
    }

    @Override
    public StepOutcome apply(StepContext ctx, StepPlan plan) {
        return PlanExecution.run(ctx, ID, plan, true);
    }

    @Override
    public String checksum(StepContext ctx) {
        return Checksums.of(SqlResource.read(FOLDER + ctx.vendor().id() + ".sql"));
    }
}
