package org.apimmigrate.verify.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.fixtures.data.DataGenerator;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.steps.registry.RegistryLogReindexStep;
import org.apimmigrate.steps.registry.RegistryVersioningCleanupStep;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.Templates;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.rows.RowDigest;
import org.jdbi.v3.core.Handle;

/**
 * A generated 3.2.0 SHARED_DB on one engine and a migrator that runs only the two registry steps over it, as
 * {@code migrate} runs them (the clean-up in the pre-client phase, the re-index in the post-client phase).
 */
public final class RegistryFixture {

    public final Engine engine;
    public final Vendor vendor;
    public final TestDatabase shared;
    private final GeneratorSettings data;

    private RegistryFixture(Engine engine, GeneratorSettings data, TestDatabase shared) {
        this.engine = engine;
        this.vendor = Vendors.require(engine.vendorId());
        this.data = data;
        this.shared = shared;
    }

    /** 3.2.0 schemas filled by the generator; the WSO2AM_DB it also writes is left aside. */
    public static RegistryFixture generate(Engine engine, GeneratorSettings data) {
        Vendor vendor = Vendors.require(engine.vendorId());
        TestDatabase am = engine.createDatabase("reg_am");
        TestDatabase shared = engine.createDatabase("reg");
        try (Handle a = am.jdbi().open(); Handle s = shared.jdbi().open()) {
            FixtureSchemas.load(a, KnownSchema.AM_320, vendor);
            FixtureSchemas.load(s, KnownSchema.SHARED_320, vendor);
            DataGenerator.generate(a, s, data);
        }
        return new RegistryFixture(engine, data, shared);
    }

    private record Key(Engine engine, GeneratorSettings data) {
    }

    private static final Templates<Key, RegistryFixture> TEMPLATES = new Templates<>();

    /**
     * A SHARED_DB as {@link #generate} makes it: after this test JVM's first of the engine and data, a copy of that
     * one as it was generated, where the engine copies databases (generating again costs seconds each time).
     */
    public static RegistryFixture generated(Engine engine, GeneratorSettings data) {
        return TEMPLATES.get(new Key(engine, data), () -> generate(engine, data), RegistryFixture::copied);
    }

    /** An independent copy, where the engine copies databases. */
    private Optional<RegistryFixture> copied() {
        return engine.copyDatabase(shared, "reg").map(db -> new RegistryFixture(engine, data, db));
    }

    /** An identical, independent copy: copied where the engine can, generated again (same seed) elsewhere. */
    public RegistryFixture copy() {
        return copied().orElseGet(() -> generate(engine, data));
    }

    public static List<Step> registrySteps() {
        return List.of(new RegistryVersioningCleanupStep(), new RegistryLogReindexStep());
    }

    /** Options as the runner builds them from a registry.xml with all four versioning flags on. */
    public static StepContext.MigrationOptions versioningOn() {
        return new StepContext.MigrationOptions(new StepContext.RegistryVersioning(true,
                StepContext.RegistryVersioning.Choice.DECIDE_FROM_CONFIGURATION, "test registry.xml"), Set.of());
    }

    public Migrator migrator(StatementInterceptor interceptor) {
        return migrator(RunListener.NONE, interceptor);
    }

    public Migrator migrator(RunListener listener, StatementInterceptor interceptor) {
        return migrator(versioningOn(), listener, interceptor);
    }

    public Migrator migrator(StepContext.MigrationOptions options, RunListener listener,
                             StatementInterceptor interceptor) {
        return new Migrator(registrySteps(), Map.of(DatabaseRole.SHARED_DB, new TargetDatabase(DatabaseRole.SHARED_DB,
                shared.jdbi(), vendor, shared.url(), shared.name())), options, listener, interceptor);
    }

    /** Both registry steps, phase by phase; stops after the first phase that does not succeed. */
    public List<RunReport> migrate(StatementInterceptor interceptor) {
        List<RunReport> reports = new ArrayList<>();
        for (Phase phase : List.of(Phase.PRE_CLIENT, Phase.POST_CLIENT)) {
            RunReport r = migrator(interceptor).migrate(phase);
            reports.add(r);
            if (!r.succeeded()) {
                break;
            }
        }
        return reports;
    }

    public Snapshot snapshot() {
        return shared.jdbi().withHandle(h -> vendor.catalog().snapshot(h));
    }

    /** Schema and the digest of every table's rows, minus the toolkit's own tables. */
    public State state() {
        Snapshot schema = snapshot().filter(l -> !RowDigest.toolOwned(l.table() != null ? l.table()
                : l.fields().get(0)));
        return new State(schema, RowDigest.tables(shared, schema.tables()));
    }

    public record State(Snapshot schema, Map<String, String> rows) {
    }

    public static String describe(List<RunReport> reports) {
        StringBuilder s = new StringBuilder();
        for (RunReport r : reports) {
            s.append(r.phase()).append(' ').append(r.mode()).append('\n');
            r.findings().forEach(x -> s.append("  ").append(x).append('\n'));
            r.steps().forEach(st -> {
                s.append(st.stepId()).append(": ").append(st.state()).append(' ').append(st.detail()).append('\n');
                st.findings().forEach(x -> s.append("  ").append(x.message()).append('\n'));
            });
        }
        return s.toString();
    }
}
