package org.apimmigrate.steps.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
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
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.schema.ToolkitTables;
import org.apimmigrate.schema.UserObjects;
import org.apimmigrate.schema.UserViews;
import org.apimmigrate.run.Checksums;
import org.apimmigrate.steps.common.OfflinePlanning;
import org.apimmigrate.steps.common.PlanExecution;
import org.apimmigrate.schema.plan.DataProbe;
import org.apimmigrate.schema.plan.JdbiDataProbe;
import org.apimmigrate.schema.plan.PlanHints;
import org.apimmigrate.schema.plan.SchemaPlan;
import org.apimmigrate.schema.plan.SchemaPlanner;
import org.apimmigrate.dialect.common.GeneratedNames;
import org.apimmigrate.dialect.common.SqlResource;

/**
 * Brings a schema (or the part of it the toolkit owns) to its target model: reads the live catalog, plans the
 * difference with {@link SchemaPlanner}, renders each change in the vendor's DDL and runs it. Convergent by
 * construction: a re-run plans only what is still missing.
 */
public class SchemaConvergenceStep implements Step, OfflinePlanning {

    /** The ids of the two convergence steps (registry tables of SHARED_DB, then WSO2AM_DB). */
    public static final String REGISTRY_SCHEMA_UPGRADE = "registry-schema-upgrade";
    public static final String AM_DB_SCHEMA_UPGRADE = "am-db-schema-upgrade";
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

    /**
     * The plan from the live schema (read from {@code ctx.schema()}), worked out once while neither the schema nor
     * the data changed: where the database stands, the step's check and its plan all ask for it.
     */
    private SchemaPlan schemaPlan(StepContext ctx, SchemaModel live) {
        return ctx.remember(id + ": plan with " + new java.util.TreeSet<>(ctx.options().enabledOptions()),
                () -> planner(ctx.vendor(), ctx.options(), fittedTarget(ctx, live))
                        .plan(live, new JdbiDataProbe(ctx.handle())));
    }

    private SchemaPlanner planner(Vendor vendor, StepContext.MigrationOptions options, SchemaModel target) {
        return new SchemaPlanner(scope.sourceModel(vendor), target, hints(), options.enabledOptions(),
                vendor.capabilities());
    }

    /** The target in the live database's character sets (see {@link org.apimmigrate.api.dialect.CharacterSets}). */
    protected SchemaModel fittedTarget(StepContext ctx, SchemaModel live) {
        return SchemaModel.of(ctx.remember(id + ": fitted target", () -> ctx.vendor().characterSets().fit(
                scope.targetModel(ctx.vendor()).toSnapshot(), renamedAsPlanned(live).toSnapshot(), ctx.handle())));
    }

    /** The live schema with the columns the hints rename under their new names: they keep their character set. */
    private SchemaModel renamedAsPlanned(SchemaModel live) {
        List<PlanHints.Rename> renames = hints().renames();
        return SchemaModel.of(new org.apimmigrate.api.schema.Snapshot(live.toSnapshot().lines().stream().map(l -> {
            if (l.kind() != SnapshotLine.Kind.COL) {
                return l;
            }
            return renames.stream().filter(r -> r.table().equals(l.table()) && r.from().equals(l.fields().get(1))
                            && live.table(l.table()).column(r.to()).isEmpty()).findFirst()
                    .map(r -> {
                        List<String> fields = new ArrayList<>(l.fields());
                        fields.set(1, r.to());
                        return new SnapshotLine(l.kind(), fields);
                    }).orElse(l);
        }).toList()));
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
        viewsInTheWay(ctx, live, plan).ifPresent(findings::add);
        ctx.vendor().characterSets().findings(fittedTarget(ctx, live).toSnapshot(), live.toSnapshot(), ctx.handle())
                .stream().filter(f -> f.blocks() || phase == Phase.PRE_CLIENT).forEach(findings::add);
        SchemaState state = SchemaState.of(live, scope.sourceModel(ctx.vendor()), scope.targetModel(ctx.vendor()),
                anchorTable, plan.changes().size());
        Optional<JournalEntry> entry = new Journal(ctx.handle(), ctx.vendor()).find(id);
        boolean resuming = entry.isPresent() && !entry.get().finished();
        if (phase == Phase.PRE_CLIENT && state != SchemaState.NOT_THIS_SCHEMA) {
            findings.addAll(usersObjects(ctx, live, state == SchemaState.SOURCE, entry.isEmpty()));
        }
        switch (state) {
            case NOT_THIS_SCHEMA -> findings.add(notThisSchema());
            case TARGET -> {
                if (entry.isEmpty() && phase == Phase.PRE_CLIENT) {
                    findings.add(alreadyMigrated());
                }
            }
            case PARTIAL -> {
                if (phase == Phase.PRE_CLIENT && !resuming
                        && !ctx.options().enabledOptions().contains(ACCEPT_PARTIAL)) {
                    findings.add(Finding.blocker(FindingCode.PARTLY_MIGRATED, "The " + database.tomlName()
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

    /**
     * The user's views that read what this step's plan drops, renames or redefines (before the client: also the
     * tables WSO2's migration client drops), refused before anything changes: the engine would refuse the change
     * half-way or leave the view broken. Views of the whole database, whatever part of it the step upgrades.
     */
    private Optional<Finding> viewsInTheWay(StepContext ctx, SchemaModel live, SchemaPlan plan) {
        List<UserViews.Change> changes = new ArrayList<>(UserViews.breaking(plan.changes()));
        if (phase == Phase.PRE_CLIENT) {
            hints().kept().stream().filter(k -> live.findTable(k.name()).isPresent())
                    .forEach(k -> changes.add(UserViews.Change.ofTable(k.name(),
                            "dropped by WSO2's migration client between the two phases")));
        }
        List<UserViews.Conflict> conflicts = UserViews.conflicts(ctx.schema(), changes);
        if (conflicts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.blocker(FindingCode.USER_VIEWS_READ_CHANGED_OBJECTS, database.tomlName()
                + ": views of yours read what the upgrade drops, renames or redefines, which the database would "
                + "refuse half-way or leave the view broken: "
                + String.join("; ", conflicts.stream().map(UserViews.Conflict::describe).toList()) + ".",
                "Save the definition of each view named (with its grants), drop those views, and run again; after "
                        + "the upgrade (both phases) create them again, adapted to 4.0.0 where a column they read "
                        + "was renamed or dropped. Views over anything else stay as they are. Nothing was changed."));
    }

    /** A database at the target that this toolkit did not migrate: one answer for every phase. */
    protected Finding alreadyMigrated() {
        return Finding.blocker(FindingCode.ALREADY_MIGRATED, "The " + database.tomlName() + " database already has the schema "
                + "of " + scope.target().description() + ", and this toolkit has no record of migrating it.",
                "Nothing to migrate. Use `verify` to check it.");
    }

    /** A database that is not the source schema's kind at all. */
    protected Finding notThisSchema() {
        return Finding.blocker(FindingCode.NOT_A_WSO2_SCHEMA, "The " + database.tomlName() + " database has no " + anchorTable
                + " table: it is not " + scope.source().description() + ".",
                "Check the JDBC URL and the datasource you gave for " + database.tomlName() + ".");
    }

    /**
     * The user's own objects (listed, left as they are), and before a first run what cannot work: WSO2's 3.2.0
     * objects that are missing, and objects of the user's that take a name 4.0.0 needs.
     */
    private List<Finding> usersObjects(StepContext ctx, SchemaModel live, boolean atSource, boolean firstRun) {
        Vendor vendor = ctx.vendor();
        PlanHints hints = hints();
        SchemaPlanner planner = planner(vendor, ctx.options(), scope.targetModel(vendor));
        java.util.Map<String, Boolean> known = new java.util.HashMap<>();
        java.util.function.Predicate<String> leftOut = name -> known.computeIfAbsent(name, n ->
                ToolkitTables.owns(n) || hints.isOwnedTable(n) || planner.ownedElsewhere(n));
        SchemaModel source = scope.sourceModel(vendor);
        SchemaModel target = fittedTarget(ctx, live);
        // views are not part of a model: the whole database's, from the catalog reading itself
        org.apimmigrate.api.schema.Snapshot liveLines = new org.apimmigrate.api.schema.Snapshot(
                java.util.stream.Stream.concat(live.toSnapshot().lines().stream(),
                        UserViews.views(ctx.schema()).stream()).toList());
        List<Finding> out = new ArrayList<>();
        UserObjects.Split split = new UserObjects(List.of(source, target), leftOut).split(liveLines);
        java.util.Set<String> wso2Tables = new java.util.HashSet<>();
        source.tables().forEach(t -> wso2Tables.add(t.name()));
        target.tables().forEach(t -> wso2Tables.add(t.name()));
        if (!split.isEmpty()) {
            out.add(Finding.info(FindingCode.USER_OBJECTS, database.tomlName() + ": not part of WSO2's schema, yours, left as "
                    + "it is (and carried through the upgrade): " + String.join("; ", split.describeYours(wso2Tables))));
        }
        if (!firstRun || ctx.options().enabledOptions().contains(ACCEPT_PARTIAL)) {
            return out;
        }
        List<String> collisions = UserObjects.collisions(liveLines, source, target);
        if (!collisions.isEmpty()) {
            out.add(Finding.blocker(FindingCode.USER_OBJECTS_COLLIDE_WITH_400, database.tomlName() + ": objects that take a name "
                    + "4.0.0 needs for something else: " + String.join("; ", collisions) + ".",
                    "Rename or drop those objects of yours (back them up first), then run again. Nothing was changed."));
        }
        if (!atSource) {
            return out;
        }
        List<String> missingTables = source.tables().stream().map(t -> t.name())
                .filter(t -> live.findTable(t).isEmpty() && !leftOut.test(t)).toList();
        if (!missingTables.isEmpty()) {
            out.add(Finding.warning(FindingCode.WSO2_TABLES_MISSING, database.tomlName() + " lacks WSO2 3.2.0's table(s) "
                    + String.join(", ", missingTables) + ".", "Those 4.0.0 still has are created as 4.0.0 has them, "
                    + "empty. If they held data, restore them from a backup first."));
        }
        List<String> missing = UserObjects.missing(liveLines, source, leftOut);
        if (!missing.isEmpty()) {
            out.add(Finding.blocker(FindingCode.WSO2_OBJECTS_MISSING, database.tomlName() + " lacks part of WSO2's 3.2.0 schema: "
                    + String.join("; ", missing) + ".", "Put them back as WSO2's 3.2.0 script creates them (or "
                    + "restore the database from a backup of the 3.2.0 server), then run again. Nothing was changed."));
        }
        return out;
    }

    @Override
    public StepPlan plan(StepContext ctx) {
        SchemaPlan plan = schemaPlan(ctx);
        return render(ctx.vendor(), new SchemaPlan(plan.changes().stream().map(c -> withGeneratedName(ctx, c)).toList(),
                plan.blockers(), plan.leftAlone()));
    }

    /**
     * A drop of a constraint the engine named, with the engine's name where the vendor's catalog finds it by
     * definition (vendors whose statements cannot look names up themselves); else the change as planned.
     */
    private static SchemaChange withGeneratedName(StepContext ctx, SchemaChange change) {
        if (change instanceof SchemaChange.DropConstraint d && GeneratedNames.isSysGenerated(d.constraint().name())) {
            return ctx.vendor().catalog().generatedName(ctx.handle(), d.constraint())
                    .<SchemaChange>map(n -> new SchemaChange.DropConstraint(d.constraint().withName(n)))
                    .orElse(change);
        }
        return change;
    }

    @Override
    public StepPlan offlinePlan(Vendor vendor, StepContext.MigrationOptions options) {
        return render(vendor, planner(vendor, options, scope.targetModel(vendor)).plan(usualStart(vendor),
                DataProbe.empty()));
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
        return new StepPlan(actions, List.of(), plan.leftAlone());
    }

    @Override
    public StepOutcome apply(StepContext ctx, StepPlan plan) {
        return PlanExecution.run(ctx, id, plan, false);
    }

    @Override
    public String checksum(StepContext ctx) {
        return Checksums.of(SqlResource.read(hintsResource), scope.targetModel(ctx.vendor()).toSnapshot().text(),
                SqlResource.find("org/apimmigrate/dialect/" + ctx.vendor().id() + "/ddl/changes.sql").orElse(""));
    }
}
