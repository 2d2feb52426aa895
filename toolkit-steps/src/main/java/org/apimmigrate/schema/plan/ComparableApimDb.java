package org.apimmigrate.schema.plan;

import java.util.Set;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.schema.ToolkitTables;

/**
 * The part of a WSO2AM_DB schema that is compared with a fresh 4.0.0: everything but the tables other tools own and
 * the tables the upgrade drops only on request (both named by the schema step's hints), the id sequences owned with
 * them, and the toolkit's own tables. Used by {@code verify} and by the upgrade planned on paper alike.
 */
public final class ComparableApimDb {

    /** The WSO2AM_DB schema step's hints: who owns which table, which drops are optional. */
    public static final PlanHints HINTS =
            PlanHints.fromResource("org/apimmigrate/steps/am-db-schema-upgrade/hints.txt");

    private ComparableApimDb() {
    }

    /** The snapshot without what is left out of the comparison. */
    public static Snapshot of(Snapshot s, Vendor vendor) {
        SchemaPlanner planner = new SchemaPlanner(KnownSchema.AM_320.model(vendor), KnownSchema.AM_400.model(vendor),
                HINTS, Set.of(), vendor.capabilities());
        return s.filter(l -> !excluded(l, planner));
    }

    private static boolean excluded(SnapshotLine l, SchemaPlanner planner) {
        String name = l.tableOrName();
        return ToolkitTables.owns(name) || HINTS.isOwnedTable(name) || HINTS.optionalDrop(name).isPresent()
                || l.kind() == SnapshotLine.Kind.SEQ && planner.ownedElsewhere(name);
    }
}
