package org.apimmigrate.verify.migration;

import java.util.Map;
import java.util.Set;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.fixtures.data.DataGenerator;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.check.SchemaConformance;
import org.apimmigrate.schema.plan.ComparableApimDb;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.steps.Steps;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.rows.RowDigest;
import org.jdbi.v3.core.Handle;

/** A 3.2.0 WSO2AM_DB and SHARED_DB on one engine, and a migrator over them. */
public final class MigrationFixture {

    public final Engine engine;
    public final Vendor vendor;
    public final TestDatabase am;
    public final TestDatabase shared;

    private final GeneratorSettings data;
    private final DatabaseSetup setup;

    public MigrationFixture(Engine engine) {
        this(engine, null);
    }

    /** 3.2.0 schemas on the engine, filled by the generator when {@code data} is given. */
    public MigrationFixture(Engine engine, GeneratorSettings data) {
        this(engine, data, DatabaseSetup.AS_WSO2_DOCUMENTS);
    }

    /**
     * 3.2.0 schemas on the engine as the set-up makes them, filled by the generator when {@code data} is given: a copy
     * of this test JVM's template where the engine copies databases ({@link FixtureTemplates}).
     */
    public MigrationFixture(Engine engine, GeneratorSettings data, DatabaseSetup setup) {
        this(engine, data, setup, FixtureTemplates.databases(engine, data, setup));
    }

    /** 3.2.0 schemas loaded into the given (empty) databases, as their users, filled when {@code data} is given. */
    MigrationFixture(Engine engine, TestDatabase am, TestDatabase shared, GeneratorSettings data) {
        this(engine, data, DatabaseSetup.AS_WSO2_DOCUMENTS,
                load(engine, new Databases(am, shared), data, DatabaseSetup.AS_WSO2_DOCUMENTS));
    }

    private MigrationFixture(Engine engine, GeneratorSettings data, DatabaseSetup setup, Databases databases) {
        this.engine = engine;
        this.vendor = Vendors.require(engine.vendorId());
        this.data = data;
        this.setup = setup;
        this.am = databases.am();
        this.shared = databases.shared();
    }

    /** A WSO2AM_DB and a SHARED_DB on one engine. */
    record Databases(TestDatabase am, TestDatabase shared) {
    }

    /** WSO2's 3.2.0 schemas, the set-up and the generated rows (when {@code data} is given) in empty databases. */
    static Databases load(Engine engine, Databases empty, GeneratorSettings data, DatabaseSetup setup) {
        Vendor vendor = Vendors.require(engine.vendorId());
        TestDatabase am = empty.am();
        TestDatabase shared = empty.shared();
        am.jdbi().useHandle(h -> FixtureSchemas.load(h, KnownSchema.AM_320, vendor));
        shared.jdbi().useHandle(h -> FixtureSchemas.load(h, KnownSchema.SHARED_320, vendor));
        setup.afterSchema(am, shared);
        if (data != null) {
            try (Handle a = am.jdbi().open(); Handle s = shared.jdbi().open()) {
                DataGenerator.generate(a, s, data);
            }
        }
        setup.afterData(am, shared);
        return empty;
    }

    private MigrationFixture(MigrationFixture original, TestDatabase am, TestDatabase shared) {
        this.engine = original.engine;
        this.vendor = original.vendor;
        this.data = original.data;
        this.setup = original.setup;
        this.am = am;
        this.shared = shared;
    }

    /**
     * An identical, independent copy of databases no test has changed yet: cheap where the engine copies databases,
     * rebuilt (same seed) elsewhere. Changed ones: {@link #copyAsTheyStand}.
     */
    public MigrationFixture copy() {
        return copyAsTheyStand().orElseGet(() -> new MigrationFixture(engine, data, setup));
    }

    /** A copy of the databases as they stand now (migrated or not), where the engine copies databases. */
    public java.util.Optional<MigrationFixture> copyAsTheyStand() {
        var amCopy = engine.copyDatabase(am, "am");
        var sharedCopy = engine.copyDatabase(shared, "shared");
        if (amCopy.isPresent() && sharedCopy.isPresent()) {
            return java.util.Optional.of(new MigrationFixture(this, amCopy.get(), sharedCopy.get()));
        }
        return java.util.Optional.empty();
    }

    /** The same databases reached through other users. */
    MigrationFixture as(TestDatabase otherAm, TestDatabase otherShared) {
        return new MigrationFixture(this, otherAm, otherShared);
    }

    /** What WSO2's client does that the post-client phase depends on: API_UUID/STATUS filled, label tables gone. */
    public void clientEffect() {
        try (Handle s = shared.jdbi().open(); Handle a = am.jdbi().open()) {
            new org.apimmigrate.repair.ApiUuidRepair().apply(s, a);
            simulateClientSchemaEffect(a);
        }
    }

    /** Options as the runner builds them from a registry.xml with all four versioning flags on. */
    public static StepContext.MigrationOptions versioningOn() {
        return new StepContext.MigrationOptions(new StepContext.RegistryVersioning(true,
                StepContext.RegistryVersioning.Choice.DECIDE_FROM_CONFIGURATION, "test registry.xml"), Set.of());
    }

    public Migrator migrator(StepContext.MigrationOptions options, StatementInterceptor interceptor) {
        return new Migrator(Steps.all(), Map.of(
                DatabaseRole.APIM_DB, new TargetDatabase(DatabaseRole.APIM_DB, am.jdbi(), vendor, am.url(), am.name()),
                DatabaseRole.SHARED_DB, new TargetDatabase(DatabaseRole.SHARED_DB, shared.jdbi(), vendor, shared.url(),
                        shared.name())), options, RunListener.NONE, interceptor);
    }

    public Migrator migrator() {
        return migrator(StepContext.MigrationOptions.defaults(), StatementInterceptor.NONE);
    }

    /**
     * Both phases with versioning on and WSO2's client's effect between them, each asserted to succeed, then
     * `verify`'s checks of the result (not asserted: each test says what it expects of them).
     */
    public org.apimmigrate.check.VerificationResult migrateBothPhasesAndVerify() {
        for (org.apimmigrate.api.step.Phase phase : org.apimmigrate.api.step.Phase.values()) {
            if (phase == org.apimmigrate.api.step.Phase.POST_CLIENT) {
                clientEffect();
            }
            org.apimmigrate.run.RunReport run = migrator(versioningOn(), StatementInterceptor.NONE).migrate(phase);
            org.assertj.core.api.Assertions.assertThat(run.succeeded()).as(RunReports.describe(run)).isTrue();
        }
        try (Handle a = am.jdbi().open(); Handle s = shared.jdbi().open()) {
            return org.apimmigrate.check.Verification.run(a, vendor, s, vendor);
        }
    }

    public Snapshot snapshot(TestDatabase db) {
        return db.jdbi().withHandle(h -> vendor.catalog().snapshot(h));
    }

    /** What WSO2's migration client does to the schema: it drops the label tables after moving them. */
    public void simulateClientSchemaEffect(Handle h) {
        h.execute("DROP TABLE AM_LABEL_URLS");
        h.execute("DROP TABLE AM_LABELS");
    }

    /** The WSO2AM_DB snapshot minus what the toolkit documents as owned elsewhere or its own (as `verify` compares). */
    public Snapshot comparableAm(Snapshot s) {
        return ComparableApimDb.of(s, vendor);
    }

    public static Snapshot registryPart(Snapshot s) {
        return SchemaConformance.registryPart(s);
    }

    /** Schema and every row of both databases, minus the toolkit's own tables: what "the same end state" means. */
    public State state() {
        Snapshot amSchema = snapshot(am);
        Snapshot sharedSchema = snapshot(shared);
        return new State(amSchema, sharedSchema,
                RowDigest.tables(am, amSchema.tables(), columnsStampedByTheRun(amSchema, KnownSchema.AM_320)),
                RowDigest.tables(shared, sharedSchema.tables(), columnsStampedByTheRun(sharedSchema, KnownSchema.SHARED_320)));
    }

    private static final java.util.regex.Pattern CURRENT_TIME =
            java.util.regex.Pattern.compile("(?i).*(current_timestamp|now\\(\\)|sysdate|getdate|systimestamp).*");

    /** {@code TABLE.COLUMN}s the migration added with a current-time default: they hold the time of the run. */
    private Set<String> columnsStampedByTheRun(Snapshot live, KnownSchema before) {
        Set<String> existing = new java.util.HashSet<>();
        before.expectedSnapshot(vendor).lines().stream().filter(l -> l.kind() == SnapshotLine.Kind.COL)
                .forEach(l -> existing.add(l.table().toUpperCase() + "." + l.fields().get(1).toUpperCase()));
        Set<String> stamped = new java.util.HashSet<>();
        for (SnapshotLine l : live.lines()) {
            if (l.kind() != SnapshotLine.Kind.COL || l.fields().size() < 5) {
                continue;
            }
            String column = l.table().toUpperCase() + "." + l.fields().get(1).toUpperCase();
            if (!existing.contains(column) && CURRENT_TIME.matcher(l.fields().get(4)).matches()) {
                stamped.add(column);
            }
        }
        return stamped;
    }

    public record State(Snapshot amSchema, Snapshot sharedSchema, java.util.Map<String, String> amRows,
                 java.util.Map<String, String> sharedRows) {
    }
}
