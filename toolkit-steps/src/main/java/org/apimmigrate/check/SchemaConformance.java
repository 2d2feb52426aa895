package org.apimmigrate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotDiff;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.schema.ToolkitTables;
import org.apimmigrate.schema.UserObjects;
import org.apimmigrate.schema.UserViews;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.schema.plan.ComparableApimDb;
import org.apimmigrate.schema.plan.PlanHints;
import org.apimmigrate.schema.plan.SchemaPlanner;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Compares live schemas with a fresh API-M 4.0.0: all of WSO2AM_DB and the registry tables of SHARED_DB, minus what
 * other tools own (named, with the reason, by {@link #exclusions()}); WSO2AM_DB's compared part is
 * {@link ComparableApimDb}.
 */
public final class SchemaConformance {

    private static final PlanHints AM_HINTS = ComparableApimDb.HINTS;

    private SchemaConformance() {
    }

    /** What the comparison leaves out, for the report to print beside the result. */
    public static List<Exclusion> exclusions() {
        List<Exclusion> out = new ArrayList<>();
        AM_HINTS.ownedTables().forEach(o -> out.add(new Exclusion(DatabaseRole.APIM_DB, o.name(), o.reason())));
        AM_HINTS.ownedSequences().forEach(o -> out.add(new Exclusion(DatabaseRole.APIM_DB, o.name(), o.reason())));
        out.add(new Exclusion(DatabaseRole.APIM_DB, "the id sequences of the tables above",
                "created with their tables by the tool that owns them"));
        AM_HINTS.optionalDrops().forEach(d -> out.add(new Exclusion(DatabaseRole.APIM_DB, d.table(), d.reason()
                + "; left in place unless --" + d.option() + " is given")));
        for (DatabaseRole role : DatabaseRole.values()) {
            out.add(new Exclusion(role, ToolkitTables.PREFIX + "*", "this toolkit's own journal and lock"));
        }
        out.add(new Exclusion(DatabaseRole.SHARED_DB, "every table not named REG_*",
                "user management and identity tables: WSO2's identity component migration upgrades them"));
        return out;
    }

    public static CheckResult apimDb(Snapshot live, Vendor vendor) {
        return apimDb(live, vendor, KnownSchema.AM_400.expectedSnapshot(vendor));
    }

    /** As {@link #apimDb(Snapshot, Vendor)}, with 4.0.0 in the live database's character sets. */
    public static CheckResult apimDb(Snapshot live, Vendor vendor, Handle handle) {
        return apimDb(live, vendor, vendor.characterSets().fit(KnownSchema.AM_400.expectedSnapshot(vendor), live,
                handle));
    }

    private static CheckResult apimDb(Snapshot live, Vendor vendor, Snapshot expected) {
        SnapshotDiff diff = ComparableApimDb.of(wso2Part(live, vendor, expected).wso2(), vendor)
                .diff(ComparableApimDb.of(expected, vendor));
        return CheckResult.of("schema.apim_db", "WSO2AM_DB schema equals " + KnownSchema.AM_400.description(),
                DatabaseRole.APIM_DB, lines(diff));
    }

    /**
     * The objects of WSO2AM_DB and of SHARED_DB's registry that are not WSO2's (3.2.0 or 4.0.0): listed, never
     * compared, so a database a DBA added to passes when WSO2's part matches.
     */
    public static CheckResult userObjects(Snapshot apimDb, Vendor apimVendor, Snapshot sharedDb, Vendor sharedVendor) {
        List<String> details = new ArrayList<>();
        UserObjects.Split am = wso2Part(apimDb, apimVendor, KnownSchema.AM_400.expectedSnapshot(apimVendor));
        am.describeYours(wso2Tables(apimVendor, KnownSchema.AM_320, KnownSchema.AM_400))
                .forEach(d -> details.add("WSO2AM_DB: " + d));
        UserObjects.Split shared = new UserObjects(List.of(KnownSchema.SHARED_320.model(sharedVendor),
                KnownSchema.SHARED_400.model(sharedVendor)), ToolkitTables::owns).split(registryPart(sharedDb));
        shared.describeYours(wso2Tables(sharedVendor, KnownSchema.SHARED_320, KnownSchema.SHARED_400))
                .forEach(d -> details.add("SHARED_DB: " + d));
        // views are the user's whatever they read; one database in both roles lists its views once
        UserViews.views(sharedDb).stream().filter(v -> !apimDb.lines().contains(v) && !registryLine(v))
                .forEach(v -> details.add("SHARED_DB: " + UserObjects.describe(v)));
        return new CheckResult("schema.user_objects", details.isEmpty() ? "No objects other than WSO2's"
                : "Not WSO2's, left as they were (not compared)", DatabaseRole.APIM_DB, true, details);
    }

    private static UserObjects.Split wso2Part(Snapshot live, Vendor vendor, Snapshot expected) {
        SchemaPlanner planner = new SchemaPlanner(KnownSchema.AM_320.model(vendor), KnownSchema.AM_400.model(vendor),
                AM_HINTS, Set.of(), vendor.capabilities());
        java.util.Map<String, Boolean> known = new java.util.HashMap<>();
        return new UserObjects(List.of(KnownSchema.AM_320.model(vendor), SchemaModel.of(expected)),
                name -> known.computeIfAbsent(name, n -> ToolkitTables.owns(n) || AM_HINTS.isOwnedTable(n)
                        || planner.ownedElsewhere(n))).split(live);
    }

    private static Set<String> wso2Tables(Vendor vendor, KnownSchema... schemas) {
        Set<String> out = new java.util.HashSet<>();
        for (KnownSchema k : schemas) {
            k.model(vendor).tables().forEach(t -> out.add(t.name()));
        }
        return out;
    }

    public static CheckResult registry(Snapshot live, Vendor vendor) {
        return registry(live, KnownSchema.SHARED_400.expectedSnapshot(vendor));
    }

    /** As {@link #registry(Snapshot, Vendor)}, with 4.0.0 in the live database's character sets. */
    public static CheckResult registry(Snapshot live, Vendor vendor, Handle handle) {
        return registry(live, vendor.characterSets().fit(registryPart(KnownSchema.SHARED_400.expectedSnapshot(vendor)),
                registryPart(live), handle));
    }

    private static CheckResult registry(Snapshot live, Snapshot expected) {
        Snapshot wso2 = new UserObjects(List.of(SchemaModel.of(registryPart(expected))), ToolkitTables::owns)
                .split(registryPart(live)).wso2();
        SnapshotDiff diff = wso2.diff(registryPart(expected));
        return CheckResult.of("schema.shared_db.registry", "Registry tables of SHARED_DB equal "
                + KnownSchema.SHARED_400.description(), DatabaseRole.SHARED_DB, lines(diff));
    }

    private static List<String> lines(SnapshotDiff diff) {
        String text = diff.describe();
        return text.isEmpty() ? List.of() : text.lines().toList();
    }

    /**
     * A WSO2AM_DB snapshot without SHARED_DB's tables (registry, user management) and their sequences: for one
     * database that serves both roles, where they are not drift.
     */
    public static Snapshot withoutSharedDb(Snapshot s, Vendor vendor) {
        var shared = KnownSchema.SHARED_400.model(vendor);
        var am = KnownSchema.AM_400.model(vendor);
        Set<String> sharedTables = new java.util.HashSet<>();
        shared.tables().forEach(t -> sharedTables.add(t.name().toUpperCase(Locale.ROOT)));
        am.tables().forEach(t -> sharedTables.remove(t.name().toUpperCase(Locale.ROOT)));
        Set<String> sharedSequences = new java.util.HashSet<>();
        shared.sequences().forEach(q -> sharedSequences.add(q.toUpperCase(Locale.ROOT)));
        am.sequences().forEach(q -> sharedSequences.remove(q.toUpperCase(Locale.ROOT)));
        return s.filter(l -> {
            String name = l.tableOrName().toUpperCase(Locale.ROOT);
            return l.kind() == SnapshotLine.Kind.SEQ ? !sharedSequences.contains(name)
                    : !sharedTables.contains(name) && !name.startsWith("REG_");
        });
    }

    /** The registry (REG_*) part of a SHARED_DB snapshot. */
    public static Snapshot registryPart(Snapshot s) {
        return s.filter(SchemaConformance::registryLine);
    }

    private static boolean registryLine(SnapshotLine l) {
        String name = l.tableOrName();
        return name.toUpperCase(Locale.ROOT).startsWith("REG_") && !ToolkitTables.owns(name);
    }
}
