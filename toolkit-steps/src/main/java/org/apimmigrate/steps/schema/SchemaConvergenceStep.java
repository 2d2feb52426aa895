package org.apimmigrate.steps.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.schema.change.SchemaChange;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.api.vendor.Vendor;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.run.Checksums;
import org.apimmigrate.steps.OfflinePlanning;
import org.apimmigrate.steps.PlanExecution;
import org.apimmigrate.schema.plan.DataProbe;
import org.apimmigrate.schema.plan.JdbiDataProbe;
import org.apimmigrate.schema.plan.PlanHints;
import org.apimmigrate.schema.plan.SchemaPlan;
import org.apimmigrate.schema.plan.SchemaPlanner;
import org.apimmigrate.vendor.common.SqlResource;

/**
 * Brings a schema (or the part of it the toolkit owns) to its target model: reads the live catalog, plans the
 * difference with {@link SchemaPlanner}, renders each change in the vendor's DDL and runs it. Convergent by
 * construction: a re-run plans only what is still missing.
 */
public class SchemaConvergenceStep implements Step, OfflinePlanning {

    /** Lets a run finish a schema that something other than this toolkit already partly upgraded. */
    public static final String ACCEPT_PARTIAL = "accept-partial-schema";

    private final String id;
    private final String title;
    private final Phase phase;
    private final DatabaseRole database;
    private final SchemaScope scope;
    private final String hintsResource;
    private final boolean includeDeferred;
    private final String anchorTable;

    public SchemaConvergenceStep(String id, String title, Phase phase, DatabaseRole database, SchemaScope scope,
                                 String hintsResource, boolean includeDeferred, String anchorTable) {
        this.id = id;
        this.title = title;
        this.phase = phase;
        this.database = database;
        this.scope = scope;
        this.hintsResource = hintsResource;
        this.includeDeferred = includeDeferred;
        this.anchorTable = anchorTable;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public DatabaseRole database() {
        return database;
    }

    protected PlanHints hints() {
        PlanHints hints = PlanHints.fromResource(hintsResource);
        return includeDeferred ? hints.withoutDeferred() : hints;
    }

    protected SchemaModel live(StepContext ctx) {
        return scope.live(SchemaModel.of(ctx.schema()));
    }

    protected SchemaPlan schemaPlan(StepContext ctx) {
        return schemaPlan(ctx, live(ctx));
    }

    private SchemaPlan schemaPlan(StepContext ctx, SchemaModel live) {
        return planner(ctx.vendor(), ctx.options()).plan(live, new JdbiDataProbe(ctx.handle()));
    }

    private SchemaPlanner planner(Vendor vendor, StepContext.MigrationOptions options) {
        return new SchemaPlanner(scope.sourceModel(vendor), scope.targetModel(vendor), hints(),
                options.enabledOptions(), vendor.capabilities().foreignKeysNeedIndex());
    }

    /** Where the live schema stands between this step's source and target. Changes nothing. */
    public SchemaState state(StepContext ctx) {
        SchemaModel live = live(ctx);
        return SchemaState.of(live, scope.sourceModel(ctx.vendor()), scope.targetModel(ctx.vendor()), anchorTable,
                schemaPlan(ctx, live).changes().size());
    }

    public SchemaScope scope() {
        return scope;
    }

    @Override
    public List<Finding> check(StepContext ctx) {
        SchemaModel live = live(ctx);
        SchemaPlan plan = schemaPlan(ctx, live);
        List<Finding> findings = new ArrayList<>(plan.blockers());
        SchemaState state = SchemaState.of(live, scope.sourceModel(ctx.vendor()), scope.targetModel(ctx.vendor()),
                anchorTable, plan.changes().size());
        Optional<JournalEntry> entry = new Journal(ctx.handle(), ctx.vendor()).find(id);
        boolean resuming = entry.isPresent() && !entry.get().finished();
        switch (state) {
            case NOT_THIS_SCHEMA -> findings.add(Finding.blocker("NOT_A_WSO2_SCHEMA", "The " + database.tomlName()
                    + " database has no " + anchorTable + " table: it is not " + scope.source().description() + ".",
                    "Check the JDBC URL and the datasource you gave for " + database.tomlName() + "."));
            case TARGET -> {
                if (entry.isEmpty() && phase == Phase.PRE_CLIENT) {
                    findings.add(Finding.blocker("ALREADY_MIGRATED", "The " + database.tomlName()
                            + " database already has the schema of " + scope.target().description()
                            + ", and this toolkit has no record of migrating it.",
                            "Nothing to migrate. Use `verify` to check it."));
                }
            }
            case PARTIAL -> {
                if (phase == Phase.PRE_CLIENT && !resuming
                        && !ctx.options().enabledOptions().contains(ACCEPT_PARTIAL)) {
                    findings.add(Finding.blocker("PARTLY_MIGRATED", "The " + database.tomlName()
                            + " database is partly upgraded already (" + plan.changes().size()
                            + " change(s) to 4.0.0 remain) and this toolkit has no record of doing it.",
                            "If the guide's scripts were run on it by hand, run again with --accept-partial-schema: "
                                    + "the toolkit then finishes the upgrade from where it stands."));
                }
            }
            case SOURCE -> {
                // the normal case
            }
        }
        return findings;
    }

    @Override
    public StepPlan plan(StepContext ctx) {
        return render(ctx.vendor(), schemaPlan(ctx));
    }

    @Override
    public StepPlan offlinePlan(Vendor vendor, StepContext.MigrationOptions options) {
        return render(vendor, planner(vendor, options).plan(usualStart(vendor), DataProbe.empty()));
    }

    /**
     * The schema the step meets on a database that went the usual way: the source model before the client; after
     * it, the target without the constraints the pre-client phase defers to this phase.
     */
    private SchemaModel usualStart(Vendor vendor) {
        if (phase == Phase.PRE_CLIENT) {
            return scope.sourceModel(vendor);
        }
        PlanHints all = PlanHints.fromResource(hintsResource);
        return SchemaModel.of(scope.targetModel(vendor).toSnapshot().filter(l -> !(l.kind() == SnapshotLine.Kind.CON
                && all.isDeferred(l.table(), l.fields().get(1), l.fields().get(2)))));
    }

    private static StepPlan render(Vendor vendor, SchemaPlan plan) {
        List<StepPlan.Action> actions = new ArrayList<>();
        for (SchemaChange change : plan.changes()) {
            actions.add(new StepPlan.Action(change.describe(), vendor.ddl().render(change)));
        }
        List<String> notes = plan.leftAlone().stream().map(s -> "left alone: " + s).toList();
        return new StepPlan(actions, notes);
    }

    @Override
    public StepOutcome apply(StepContext ctx, StepPlan plan) {
        return PlanExecution.run(ctx, id, plan, false);
    }

    @Override
    public String checksum(StepContext ctx) {
        return Checksums.of(SqlResource.read(hintsResource), scope.targetModel(ctx.vendor()).toSnapshot().text(),
                SqlResource.find("org/apimmigrate/vendor/" + ctx.vendor().id() + "/ddl/changes.sql").orElse(""));
    }
}
