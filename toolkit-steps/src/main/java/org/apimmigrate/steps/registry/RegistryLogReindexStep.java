package org.apimmigrate.steps.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.run.Checksums;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.steps.common.OfflinePlanning;
import org.apimmigrate.steps.common.PlanExecution;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;

/**
 * The effect of the guide's reg-index.sql (FACTS 4.3): REG_LOG keeps one row per path and tenant, and no
 * delete-resource rows, so the 4.0.0 indexer re-indexes each resource once. Nearly every row goes (ten log rows per
 * path are common), so where the vendor's SQL can, the survivors are written once and REG_LOG refilled
 * ({@link SurvivorRebuild}); elsewhere one set-based DELETE does it.
 */
public final class RegistryLogReindexStep implements Step, OfflinePlanning {

    public static final String ID = "registry-log-reindex";
    private static final String FOLDER = "org/apimmigrate/steps/" + ID + "/";
    private static final String KEEP = "APIM_MIGRATE_LOG_KEEP";
    private static final String BUILD = "APIM_MIGRATE_LOG_BUILD";

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
    public Optional<Set<String>> changedTables() {
        return Optional.of(Set.of("REG_LOG"));
    }

    @Override
    public List<Finding> check(StepContext ctx) {
        return RegistryTables.present(ctx) ? List.of() : List.of(RegistryTables.missing());
    }

    @Override
    public StepPlan plan(StepContext ctx) {
        return plan(ctx.vendor(), RegistryTables.names(ctx));
    }

    /** What it runs on a database where no earlier run left work tables behind. */
    @Override
    public StepPlan offlinePlan(Vendor vendor, StepContext.MigrationOptions options) {
        return plan(vendor, List.of());
    }

    private StepPlan plan(Vendor vendor, List<String> tables) {
        SqlSections sql = SqlSections.read(FOLDER + vendor.id() + ".sql");
        if (SurvivorRebuild.supported(sql)) {
            SurvivorRebuild rebuild = new SurvivorRebuild(sql, Map.of("keep", KEEP, "build", BUILD), KEEP, BUILD);
            List<String> notes = rebuild.sealed(tables) ? List.of("finishes the rebuild an earlier run sealed")
                    : List.of();
            return new StepPlan(rebuild.actions(tables, "REG_LOG (newest row per path and tenant, no delete-resource "
                    + "rows)"), notes);
        }
        return new StepPlan(List.of(new StepPlan.Action(
                "keep the newest REG_LOG row per path and tenant, drop delete-resource rows", sql.require("inPlace"))),
                List.of());
    }

    /** Its work tables are gone when it finishes and the tables it empties keep their definitions. */
    @Override
    public boolean leavesSchemaAsFound() {
        return true;
    }

    @Override
    public StepOutcome apply(StepContext ctx, StepPlan plan) {
        return plan.isEmpty() ? PlanExecution.run(ctx, ID, plan, true)
                : RemovedRows.around(ctx, List.of("REG_LOG"), c -> PlanExecution.run(c, ID, plan, false));
    }

    @Override
    public String checksum(StepContext ctx) {
        return Checksums.of(SqlResource.read(FOLDER + ctx.vendor().id() + ".sql"));
    }
}
