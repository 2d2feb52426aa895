package org.apimmigrate.verify.migration;

import java.util.Map;
import java.util.Set;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.vendor.Vendor;
import org.apimmigrate.api.vendor.Vendors;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.schema.plan.PlanHints;
import org.apimmigrate.steps.Steps;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** A 3.2.0 WSO2AM_DB and SHARED_DB on one engine, and a migrator over them. */
final class MigrationFixture {

    static final PlanHints AM_HINTS = PlanHints.fromResource("org/apimmigrate/steps/am-db-schema-upgrade/hints.txt");

    final Engine engine;
    final Vendor vendor;
    final TestDatabase am;
    final TestDatabase shared;

    MigrationFixture(Engine engine) {
        this.engine = engine;
        this.vendor = Vendors.require(engine.vendorId());
        this.am = engine.createDatabase("am");
        this.shared = engine.createDatabase("shared");
        am.jdbi().useHandle(h -> FixtureSchemas.load(h, KnownSchema.AM_320, vendor));
        shared.jdbi().useHandle(h -> FixtureSchemas.load(h, KnownSchema.SHARED_320, vendor));
    }

    Migrator migrator(StepContext.MigrationOptions options, StatementInterceptor interceptor) {
        return new Migrator(Steps.all(), Map.of(
                DatabaseRole.APIM_DB, new TargetDatabase(DatabaseRole.APIM_DB, am.jdbi(), vendor, am.url(), am.name()),
                DatabaseRole.SHARED_DB, new TargetDatabase(DatabaseRole.SHARED_DB, shared.jdbi(), vendor, shared.url(),
                        shared.name())), options, RunListener.NONE, interceptor);
    }

    Migrator migrator() {
        return migrator(StepContext.MigrationOptions.defaults(), StatementInterceptor.NONE);
    }

    Snapshot snapshot(TestDatabase db) {
        return db.jdbi().withHandle(h -> vendor.catalog().snapshot(h));
    }

    /** What WSO2's migration client does to the schema: it drops the label tables after moving them. */
    void simulateClientSchemaEffect(Handle h) {
        h.execute("DROP TABLE AM_LABEL_URLS");
        h.execute("DROP TABLE AM_LABELS");
    }

    /** The WSO2AM_DB snapshot minus what the toolkit documents as owned elsewhere or its own. */
    static Snapshot comparableAm(Snapshot s) {
        return s.filter(l -> !ownedElsewhere(l));
    }

    static boolean ownedElsewhere(SnapshotLine l) {
        String name = l.table() != null ? l.table() : l.fields().get(0);
        return toolOwned(name) || AM_HINTS.isOwnedTable(name) || AM_HINTS.isOwnedSequence(name)
                || AM_HINTS.optionalDrop(name).isPresent();
    }

    static boolean toolOwned(String name) {
        return name.equalsIgnoreCase(Journal.TABLE) || name.toUpperCase().startsWith("APIM_MIGRATE_");
    }

    static Snapshot registryPart(Snapshot s) {
        return s.filter(l -> (l.table() != null ? l.table() : l.fields().get(0)).startsWith("REG_"));
    }

    static final Set<String> NONE = Set.of();
}
