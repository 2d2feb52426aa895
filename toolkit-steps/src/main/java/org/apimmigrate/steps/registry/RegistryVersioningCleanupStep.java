package org.apimmigrate.steps.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.registry.AssociationTables;
import org.apimmigrate.run.Checksums;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.steps.common.OfflinePlanning;
import org.apimmigrate.steps.common.PlanExecution;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;

/**
 * Removes what registry versioning left behind, only where it was on: association rows of old versions go, the
 * current version's rows get REG_PATH_ID and REG_RESOURCE_NAME from REG_RESOURCE, and value rows nothing references
 * go. Unlike the guide's script, rows written without versioning (REG_VERSION NULL) are never touched.
 *
 * <p>Per association table, where most rows go (the usual case: several versions per resource) the survivors are
 * written once and the tables refilled ({@link SurvivorRebuild}); where few go, set-based statements clean in place.
 * Either way a re-run after a crash at any statement finishes the work: a rebuild whose copies were sealed is always
 * finished, whatever the versioning decision would say about the half-emptied tables.
 */
public final class RegistryVersioningCleanupStep implements Step, OfflinePlanning {

    public static final String ID = "registry-versioning-cleanup";
    /** How its plan (and so the journal's detail) begins the reason it did not run. */
    public static final String NOT_RUN = "not run: ";
    private static final String FOLDER = "org/apimmigrate/steps/" + ID + "/";
    /** The vendor SQL's section saying how many connections may clean pairs side by side (one where it has none). */
    private static final String CONNECTIONS = "connections";

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

    /** The pairs, and REG_PATH, which every association table refers to: its keys to it come off and back on. */
    @Override
    public Optional<Set<String>> changedTables() {
        Set<String> tables = new TreeSet<>(Set.of("REG_PATH"));
        AssociationTables.ALL.forEach(t -> tables.addAll(List.of(t.association(), t.value())));
        return Optional.of(Set.copyOf(tables));
    }

    @Override
    public List<Finding> check(StepContext ctx) {
        if (!RegistryTables.present(ctx)) {
            return List.of(RegistryTables.missing());
        }
        if (interrupted(RegistryTables.names(ctx), sql(ctx))) {
            return List.of();
        }
        // whether version-linked rows exist is all the decision turns on; only a blocker names how many
        boolean versioned = AssociationTables.ALL.stream().anyMatch(t -> ctx.handle().createQuery(
                detect("anyVersioned", t)).map((rs, c) -> rs.getObject(1) != null).one());
        return VersioningDecision.of(ctx.options().registryVersioning(), versioned ? 1 : 0).findings().isEmpty()
                ? List.of() : decide(ctx).findings();
    }

    private VersioningDecision decide(StepContext ctx) {
        long versioned = 0;
        for (AssociationTables t : AssociationTables.ALL) {
            versioned += strategy(ctx, t).versionedRows();
        }
        return VersioningDecision.of(ctx.options().registryVersioning(), versioned);
    }

    /** The sum of the counts the query's statements return. */
    private static long count(StepContext ctx, String query, AssociationTables t) {
        return count(ctx, query, t, 1);
    }

    /** The same, of a sample of every {@code every}th version. */
    private static long count(StepContext ctx, String query, AssociationTables t, long every) {
        return detectAll(query, t, every).stream()
                .mapToLong(sql -> ctx.handle().createQuery(sql).mapTo(Long.class).one())
                .sum();
    }

    private static String detect(String query, AssociationTables t) {
        return detectAll(query, t, 1).get(0);
    }

    private static List<String> detectAll(String query, AssociationTables t, long every) {
        Map<String, String> slots = new HashMap<>(t.slots());
        slots.put("every", Long.toString(every));
        return SqlSections.read(FOLDER + "detect.sql").require(query).stream().map(q -> SqlResource.fill(q, slots))
                .toList();
    }

    /**
     * The table's row counts, for how to clean it: all rows (as the phase's fingerprint counted them, where it did),
     * those without a version (from an index), and a join for the current ones (on a sample of the versions where the
     * table is large). Read once per run, after the fingerprint.
     */
    private static CleanupStrategy strategy(StepContext ctx, AssociationTables t) {
        return ctx.remember(ID + ":" + t.association(), () -> {
            long all = ctx.rowCount(t.association());
            long versioned = Math.max(all - count(ctx, "unversionedRows", t), 0);
            if (versioned == 0) {
                return new CleanupStrategy(all, 0, 0);
            }
            if (!CleanupStrategy.sampled(all)) {
                return new CleanupStrategy(all, versioned, count(ctx, "currentRows", t));
            }
            long every = CleanupStrategy.sampleEvery(all);
            return new CleanupStrategy(all, versioned, every * count(ctx, "currentRowsSampled", t, every), true);
        });
    }

    /** Whether an earlier run sealed the copies of a rebuild and must be finished. */
    private static boolean interrupted(List<String> tables, SqlSections sql) {
        return SurvivorRebuild.supported(sql)
                && AssociationTables.ALL.stream().anyMatch(t -> rebuild(sql, t).sealed(tables));
    }

    private static SurvivorRebuild rebuild(SqlSections sql, AssociationTables t) {
        return new SurvivorRebuild(sql, t.slots(), t.keep(), t.build());
    }

    @Override
    public StepPlan plan(StepContext ctx) {
        SqlSections sql = sql(ctx);
        List<String> tables = RegistryTables.names(ctx);
        List<String> notes = new ArrayList<>();
        if (interrupted(tables, sql)) {
            notes.add("finishes the clean-up an earlier run left half done");
        } else {
            VersioningDecision decision = decide(ctx);
            if (!decision.clean()) {
                return StepPlan.nothingToDo(List.of(NOT_RUN + decision.reason()));
            }
            notes.add("runs because " + decision.reason());
        }
        List<StepPlan.Action> actions = new ArrayList<>();
        for (AssociationTables t : AssociationTables.ALL) {
            SurvivorRebuild rebuild = rebuild(sql, t);
            String pair = t.association() + " and " + t.value();
            if (SurvivorRebuild.supported(sql) && rebuild.sealed(tables)) {
                actions.addAll(rebuild.actions(tables, pair));
                notes.add(t.association() + ": finishing the rebuild an earlier run sealed");
                continue;
            }
            CleanupStrategy strategy = strategy(ctx, t);
            boolean rebuildWanted = SurvivorRebuild.supported(sql) && strategy.rebuild();
            Optional<String> referrer = rebuildWanted ? foreignReference(ctx, t) : Optional.empty();
            if (rebuildWanted && referrer.isEmpty()) {
                actions.addAll(rebuild.actions(tables, pair));
                notes.add(t.association() + ": " + strategy.describe() + ", so the survivors are written once and "
                        + "the tables refilled");
            } else {
                actions.addAll(inPlace(tables, sql, t, rebuild));
                notes.add(t.association() + ": " + strategy.describe() + referrer.map(r -> ", but " + r
                        + " refers to " + t.value() + ", so it is").orElse(",") + " cleaned in place");
            }
        }
        return new StepPlan(actions, notes);
    }

    /**
     * A foreign key to the pair's value table from any other table (a DBA's own, say): emptying and refilling the
     * value table would fail on it, or where the refill skips foreign-key checks leave its rows pointing at values that
     * went, so such a pair is cleaned in place, where removing a value it still needs fails and names the key.
     */
    private static Optional<String> foreignReference(StepContext ctx, AssociationTables t) {
        return foreignKeys(ctx).stream().filter(c -> t.value().equalsIgnoreCase(c.refTable())
                        && !t.association().equalsIgnoreCase(c.table()))
                .map(c -> c.table() + "'s foreign key " + c.name()).findFirst();
    }

    /** The database's foreign keys, taken from the catalog reading once for every pair that asks. */
    private static List<Constraint> foreignKeys(StepContext ctx) {
        return ctx.remember(ID + ": foreign keys", () -> SchemaModel.of(ctx.schema()).tables().stream()
                .flatMap(table -> table.constraints().stream()).filter(c -> c.kind() == Constraint.Kind.FK).toList());
    }

    /**
     * What it runs where versioning was on, on a database where no earlier run left work tables behind. Which way each
     * table is cleaned depends on its row counts: printed here as on a large registry (rebuilt from the survivors
     * where the vendor's SQL can), the in-place way otherwise.
     */
    @Override
    public StepPlan offlinePlan(Vendor vendor, StepContext.MigrationOptions options) {
        SqlSections sql = SqlSections.read(FOLDER + vendor.id() + ".sql");
        List<StepPlan.Action> actions = new ArrayList<>();
        for (AssociationTables t : AssociationTables.ALL) {
            SurvivorRebuild rebuild = rebuild(sql, t);
            actions.addAll(SurvivorRebuild.supported(sql)
                    ? rebuild.actions(List.of(), t.association() + " and " + t.value())
                    : inPlace(List.of(), sql, t, rebuild));
        }
        return new StepPlan(actions, List.of("runs only where registry versioning was on (registry.xml and the data "
                + "agree) or when chosen with --registry-versioning=clean; small tables are cleaned in place"));
    }

    private static List<StepPlan.Action> inPlace(List<String> tables, SqlSections sql, AssociationTables t,
                                                 SurvivorRebuild rebuild) {
        List<StepPlan.Action> actions = new ArrayList<>();
        actions.addAll(rebuild.tidy(tables, t.association()));
        sql.find("prepare").ifPresent(s -> actions.add(rebuild.action("prepare " + t.association(), s)));
        List<String> statements = sql.require("inPlace");
        String[] what = {"remove rows of old versions from " + t.association(),
            "set path and name of current versions in " + t.association(),
            "remove " + t.value() + " rows nothing references"};
        for (int i = 0; i < statements.size(); i++) {
            actions.add(rebuild.action(i < what.length ? what[i] : t.association(), List.of(statements.get(i))));
        }
        sql.find("finish").ifPresent(s -> actions.add(rebuild.action("tidy up " + t.association(), s)));
        return actions;
    }

    private static SqlSections sql(StepContext ctx) {
        return SqlSections.read(FOLDER + ctx.vendor().id() + ".sql");
    }

    /** Its work tables are gone when it finishes and the tables it empties keep their definitions. */
    @Override
    public boolean leavesSchemaAsFound() {
        return true;
    }

    @Override
    public StepOutcome apply(StepContext ctx, StepPlan plan) {
        if (plan.isEmpty()) {
            return PlanExecution.run(ctx, ID, plan, true);
        }
        List<String> tables = new ArrayList<>();
        AssociationTables.ALL.forEach(t -> {
            tables.add(t.association());
            tables.add(t.value());
        });
        return RemovedRows.around(ctx, tables, c -> groupsApart(c.vendor())
                ? PlanExecution.runGroupsApart(c, ID, plan, false) : PlanExecution.run(c, ID, plan, false));
    }

    /** Where the vendor's SQL says two connections may clean pairs at once ({@code [connections]}). */
    @Override
    public boolean groupsApart(Vendor vendor) {
        return SqlSections.read(FOLDER + vendor.id() + ".sql").find(CONNECTIONS)
                .map(l -> Integer.parseInt(l.get(0).strip()) > 1).orElse(false);
    }

    @Override
    public String checksum(StepContext ctx) {
        return Checksums.of(SqlResource.read(FOLDER + ctx.vendor().id() + ".sql"), SqlResource.read(FOLDER + "detect.sql"));
    }
}
