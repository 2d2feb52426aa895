package org.apimmigrate.steps.registry;

import java.util.ArrayList;
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
 * Removes what registry versioning left behind, only where it was on: association rows of old versions go, the
 * current version's rows get REG_PATH_ID and REG_RESOURCE_NAME from REG_RESOURCE, and value rows nothing references
 * go. Unlike the guide's script, rows written without versioning (REG_VERSION NULL) are never touched. Every
 * statement is idempotent, so a re-run after a crash finishes the work.
 */
public final class RegistryVersioningCleanupStep implements Step, OfflinePlanning {

    public static final String ID = "registry-versioning-cleanup";
    private static final String FOLDER = "org/apimmigrate/steps/" + ID + "/";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Registry versioning clean-up (only where versioning was on)";
    }

    @Override
    public Phase phase() {
        return Phase.PRE_CLIENT;
    }

    @Override
    public DatabaseRole database() {
        return DatabaseRole.SHARED_DB;
    }

    @Override
    public List<Finding> check(StepContext ctx) {
        if (!RegistryTables.present(ctx)) {
            return List.of(RegistryTables.missing());
        }
        return decide(ctx).findings();
    }

    private VersioningDecision decide(StepContext ctx) {
        String count = SqlSections.read(FOLDER + "detect.sql").require("versionedRows").get(0);
        long versioned = 0;
        for (AssociationTables t : AssociationTables.ALL) {
            versioned += ctx.handle().createQuery(SqlResource.fill(count, t.slots())).mapTo(Long.class).one();
        }
        return VersioningDecision.of(ctx.options().registryVersioning(), versioned);
    }

    @Override
    public StepPlan plan(StepContext ctx) {
        VersioningDecision decision = decide(ctx);
        if (!decision.clean()) {
            return StepPlan.nothingToDo(List.of("not run: " + decision.reason()));
        }
        return cleanup(ctx.vendor(), "runs because " + decision.reason());
    }

    @Override
    public StepPlan offlinePlan(Vendor vendor, StepContext.MigrationOptions options) {
        return cleanup(vendor, "runs only where registry versioning was on (registry.xml and the data agree) or "
                + "when chosen with --registry-versioning=clean");
    }

    private StepPlan cleanup(Vendor vendor, String note) {
        SqlSections sql = sql(vendor);
        List<StepPlan.Action> actions = new ArrayList<>();
        for (AssociationTables t : AssociationTables.ALL) {
            sql.find("prepare").ifPresent(s -> actions.add(action("prepare " + t.association(), s, t)));
        }
        for (AssociationTables t : AssociationTables.ALL) {
            List<String> statements = sql.require("association");
            String[] what = {"remove rows of old versions from " + t.association(),
                "set path and name of current versions in " + t.association(),
                "remove " + t.value() + " rows nothing references"};
            for (int i = 0; i < statements.size(); i++) {
                actions.add(action(i < what.length ? what[i] : t.association(), List.of(statements.get(i)), t));
            }
        }
        for (AssociationTables t : AssociationTables.ALL) {
            sql.find("finish").ifPresent(s -> actions.add(action("tidy up " + t.association(), s, t)));
        }
        return new StepPlan(actions, List.of(note));
    }

    private static StepPlan.Action action(String description, List<String> statements, AssociationTables t) {
        return new StepPlan.Action(description, statements.stream().map(s -> SqlResource.fill(s, t.slots())).toList());
    }

    private static SqlSections sql(Vendor vendor) {
        return SqlSections.read(FOLDER + vendor.id() + ".sql");
    }

    @Override
    public StepOutcome apply(StepContext ctx, StepPlan plan) {
        return PlanExecution.run(ctx, ID, plan, true);
    }

    @Override
    public String checksum(StepContext ctx) {
        return Checksums.of(SqlResource.read(FOLDER + ctx.vendor().id() + ".sql"), SqlResource.read(FOLDER + "detect.sql"));
    }
}
