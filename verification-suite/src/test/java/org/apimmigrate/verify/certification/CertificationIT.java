package org.apimmigrate.verify.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotDiff;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.dialect.LockLeftBehindException;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.cli.ApimHome;
import org.apimmigrate.verify.cli.RunnerProcess;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.migration.DatabaseSetup;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.apimmigrate.verify.migration.RunReports;

import org.apimmigrate.verify.rows.RowDigest;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A vendor's certification on each of its engines: a generated 3.2.0 database (multi-tenant, versioned registry, every
 * API type) goes through preflight, the pre-client phase, the client's effect on AM_API (through the API_UUID repair),
 * the post-client phase; then every check of the certification is taken and recorded for the report
 * ({@code target/certification/}), and the test fails on any failed check.
 */
class CertificationIT {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    /** Each engine in WSO2's set-up, and MariaDB / PostgreSQL in the set-ups real databases have, as runs of their own. */
    static Stream<Arguments> engines() {
        CertificationLedger.started();
        return EngineMatrix.engines().flatMap(a -> {
            Engine engine = (Engine) ((Named<?>) a.get()[0]).getPayload();
            boolean embedded = engine.tier() == org.apimmigrate.verify.engine.EngineTier.EMBEDDED;
            return DatabaseSetup.of(engine.vendorId()).stream()
                    .filter(setup -> setup == DatabaseSetup.AS_WSO2_DOCUMENTS || embedded)
                    .map(setup -> Arguments.of(a.get()[0], Named.of(setup.description(), setup)));
        });
    }

    @ParameterizedTest(name = "{0}: {1}", allowZeroInvocations = true)
    @MethodSource("engines")
    void certify(Engine engine, DatabaseSetup setup) {
        DataSize size = DataSize.selected();
        EngineCertification cert = new EngineCertification(engine, size.name(),
                setup == DatabaseSetup.AS_WSO2_DOCUMENTS ? "" : setup.description());
        try {
            new Run(engine, size, cert, tmp, setup).all();
        } finally {
            CertificationLedger.record(cert);
        }
        assertThat(cert.failures()).as("failed checks on %s", engine.describe()).isEmpty();
    }

    /** One engine's certification, check by check. */
    private static final class Run {
        private final Engine engine;
        private final DataSize size;
        private final EngineCertification cert;
        private final java.nio.file.Path tmp;
        /** Statements each step ran in the undisturbed run: where a killed run may be stopped. */
        private final Map<String, Integer> statementsPerStep = new LinkedHashMap<>();

        private final DatabaseSetup setup;

        Run(Engine engine, DataSize size, EngineCertification cert, java.nio.file.Path tmp, DatabaseSetup setup) {
            this.setup = setup;
            this.engine = engine;
            this.size = size;
            this.cert = cert;
            this.tmp = tmp;
        }

        void all() {
            MigrationFixture f = timed("load 3.2.0 schemas and generate data", () -> new MigrationFixture(engine,
                    size.settings(), setup));
            if (setup.refusedUpFront()) {
                refusedUnchanged(f);
                return;
            }
            NothingLost amContent = NothingLost.before(f.am, f.vendor, KnownSchema.AM_320.expectedSnapshot(f.vendor),
                    KnownSchema.AM_400.expectedSnapshot(f.vendor));
            NothingLost sharedContent = NothingLost.before(f.shared, f.vendor, KnownSchema.SHARED_320.expectedSnapshot(f.vendor),
                    KnownSchema.SHARED_400.expectedSnapshot(f.vendor));
            RegistryState registryBefore = RegistryState.read(f.shared);
            // killed runs: once per engine, in WSO2's set-up (the set-ups change no statement boundary's handling)
            MigrationFixture toKill = setup == DatabaseSetup.AS_WSO2_DOCUMENTS
                    ? timed("copy of the 3.2.0 databases for the killed runs", f::copy) : null;

            concurrentRunRefused(f);
            RunReport preflight = timed("preflight", () -> migrator(f).preflight(Phase.PRE_CLIENT));
            cert.add(CheckResult.of("runs", "preflight finds no blocker on a 3.2.0 database", preflight.succeeded(),
                    Map.of("pending steps", preflight.steps().size()), preflight.succeeded() ? ""
                            : RunReports.describe(preflight)));
            phase(f, Phase.PRE_CLIENT);
            timed("client effect (repair-api-uuid, label tables dropped)", () -> {
                f.clientEffect();
                return null;
            });
            phase(f, Phase.POST_CLIENT);

            Snapshot am = f.snapshot(f.am);
            Snapshot shared = f.snapshot(f.shared);
            schema("WSO2AM_DB equals a fresh 4.0.0 in this database's character sets, minus what other tools own"
                            + " and the set-up's own objects", f.comparableAm(withoutSetupsObjects(am)),
                    f.comparableAm(inCharacterSets(f, f.am, KnownSchema.AM_400.expectedSnapshot(f.vendor), am)),
                    ownedElsewhere(f, KnownSchema.AM_400.expectedSnapshot(f.vendor)));
            schema("registry tables of SHARED_DB equal the 4.0.0 kernel in this database's character sets",
                    MigrationFixture.registryPart(withoutSetupsObjects(shared)), inCharacterSets(f, f.shared, MigrationFixture.registryPart(
                            KnownSchema.SHARED_400.expectedSnapshot(f.vendor)), MigrationFixture.registryPart(shared)),
                    "");
            ApiUuidChecks.check(f.am, f.shared, am).forEach(cert::add);
            registryBefore.checkAgainst(RegistryState.read(f.shared)).forEach(cert::add);
            amContent.checkAfter(f.am, "WSO2AM_DB").forEach(cert::add);
            sharedContent.checkAfter(f.shared, "SHARED_DB").forEach(cert::add);
            verifyPasses(f);
            secondRunChangesNothing(f);
            if (toKill != null) {
                killedRunsResume(toKill, f.state());
            }
        }

        /** The product's own `verify` passes, naming the user's objects, if any, as not WSO2's. */
        private void verifyPasses(MigrationFixture f) {
            org.apimmigrate.check.VerificationResult v;
            try (Handle a = f.am.jdbi().open(); Handle s = f.shared.jdbi().open()) {
                v = org.apimmigrate.check.Verification.run(a, f.vendor, s, f.vendor);
            }
            List<String> users = v.checks().stream().filter(c -> c.id().equals("schema.user_objects"))
                    .flatMap(c -> c.details().stream()).toList();
            cert.add(CheckResult.of("schema", "verify passes on the migrated databases", v.passed(),
                    Map.of("checks", v.checks().size(), "objects not WSO2's", users.size()),
                    v.passed() ? String.join("; ", users) : v.failed().stream().map(c -> c.title() + ": "
                            + String.join("; ", c.details())).collect(Collectors.joining(" | "))));
        }

        /** A database the migration cannot take: refused before any change, every byte as it was. */
        private void refusedUnchanged(MigrationFixture f) {
            MigrationFixture.State before = f.state();
            RunReport preflight = migrator(f).preflight(Phase.PRE_CLIENT);
            RunReport refused = f.migrator(MigrationFixture.versioningOn(), (step, n, sql) -> {
                throw new IllegalStateException("a refused run ran a statement: " + sql);
            }).migrate(Phase.PRE_CLIENT);
            MigrationFixture.State after = f.state();
            boolean unchanged = after.amSchema().equals(before.amSchema())
                    && after.sharedSchema().equals(before.sharedSchema()) && after.amRows().equals(before.amRows())
                    && after.sharedRows().equals(before.sharedRows());
            cert.add(CheckResult.of("runs", "preflight refuses the database, with what to do", !preflight.succeeded(),
                    Map.of(), RunReports.describe(preflight)));
            cert.add(CheckResult.of("runs", "migrate refuses it before any change: schema and row digests equal",
                    !refused.succeeded() && unchanged, Map.of(), RunReports.describe(refused)));
        }

        private void phase(MigrationFixture f, Phase phase) {
            RunReport r = timed(phase.cliName(), () -> f.migrator(MigrationFixture.versioningOn(),
                    (step, n, sql) -> statementsPerStep.merge(step, 1, Integer::sum)).migrate(phase));
            Map<String, Object> figures = new LinkedHashMap<>();
            for (StepReport s : r.steps()) {
                figures.put(s.stepId(), s.state() + ", " + s.duration().toMillis() + " ms"
                        + (s.outcome() == null ? "" : ", " + s.outcome().rowsAffected() + " rows"));
            }
            cert.add(CheckResult.of("runs", phase.cliName() + " phase completes", r.succeeded(), figures,
                    r.succeeded() ? "" : RunReports.describe(r)));
        }

        private void schema(String name, Snapshot actual, Snapshot expected, String note) {
            SnapshotDiff diff = actual.diff(expected);
            String differences = diff.describe();
            cert.add(CheckResult.of("schema", name, differences.isEmpty(),
                    Map.of("snapshot lines", actual.lines().size(), "differences",
                            differences.isEmpty() ? 0 : differences.split("\n").length),
                    differences.isEmpty() ? note : differences));
        }

        private void concurrentRunRefused(MigrationFixture f) {
            RunReport refused;
            boolean unchanged;
            try (Handle other = f.am.jdbi().open();
                 MigrationLock.Held held = f.vendor.lock().acquire(other, Migrator.LOCK_NAME)) {
                // taken while the other run holds the lock: where the lock is a row, its table belongs to that run
                Snapshot before = f.snapshot(f.am);
                refused = migrator(f).migrate(Phase.PRE_CLIENT);
                unchanged = f.snapshot(f.am).equals(before);
            }
            boolean ok = !refused.succeeded() && refused.steps().isEmpty() && unchanged
                    && refused.findings().stream().map(Finding::code).toList().contains(FindingCode.LOCKED_BY_ANOTHER_RUN);
            cert.add(CheckResult.of("runs", "a concurrent run is refused and changes nothing", ok, Map.of(),
                    ok ? "" : RunReports.describe(refused)));
        }

        private void secondRunChangesNothing(MigrationFixture f) {
            MigrationFixture.State first = f.state();
            RunReport pre = migrator(f).migrate(Phase.PRE_CLIENT);
            RunReport post = migrator(f).migrate(Phase.POST_CLIENT);
            MigrationFixture.State second = f.state();
            boolean allDone = Stream.concat(pre.steps().stream(), post.steps().stream())
                    .allMatch(s -> s.state() == StepReport.State.ALREADY_DONE);
            List<String> rowDifferences = Stream.concat(
                    RowDigest.differences(first.amRows(), second.amRows()).stream(),
                    RowDigest.differences(first.sharedRows(), second.sharedRows()).stream()).toList();
            boolean same = first.amSchema().equals(second.amSchema()) && first.sharedSchema().equals(
                    second.sharedSchema()) && rowDifferences.isEmpty();
            cert.add(CheckResult.of("runs", "a second run of both phases changes nothing", allDone && same,
                    Map.of("steps already done", pre.steps().size() + post.steps().size()),
                    rowDifferences.isEmpty() ? "" : String.join("; ", rowDifferences)));
        }

        /**
         * The real runner, killed (kill -9) at a random statement of every step of both phases, then run again: the
         * databases end exactly where the undisturbed run ended.
         */
        private void killedRunsResume(MigrationFixture k, MigrationFixture.State expected) {
            long seed = Long.getLong("apim.crash.seed", System.nanoTime());
            java.util.Random random = new java.util.Random(seed);
            ApimHome home = ApimHome.write(tmp.resolve("home-" + engine.vendorId()), k.am, k.shared, k.am.user(),
                    k.am.password() == null ? "" : k.am.password(), true);
            List<String> killedAt = new java.util.ArrayList<>();
            boolean allKilled = true;
            String failedResume = "";
            long start = System.nanoTime();
            for (Phase phase : List.of(Phase.PRE_CLIENT, Phase.POST_CLIENT)) {
                List<String> migrate = List.of("migrate", "--phase", phase.cliName(), "--apim-home",
                        home.home().toString(), "--registry-xml", home.registryXml().toString());
                for (org.apimmigrate.api.step.Step step : org.apimmigrate.steps.Steps.all()) {
                    int statements = statementsPerStep.getOrDefault(step.id(), 0);
                    if (step.phase() != phase || statements == 0) {
                        continue;
                    }
                    int at = 1 + random.nextInt(statements);
                    RunnerProcess.Result killed = RunnerProcess.of(migrate)
                            .jvmOption("-Dapim.migrate.haltBefore=" + step.id() + ":" + at)
                            .killWhen(line -> line.startsWith("halted before statement ")).run();
                    allKilled &= killed.killed();
                    killedAt.add(step.id() + " before statement " + at + " of " + statements);
                    clearLockOfKilledRun(k);
                }
                RunnerProcess.Result resumed = RunnerProcess.of(migrate).run();
                allKilled &= resumed.exitCode() == 0;
                if (resumed.exitCode() != 0) {
                    failedResume = phase.cliName() + " did not resume: " + resumed.describe();
                    break;
                }
                if (phase == Phase.PRE_CLIENT) {
                    k.clientEffect();
                }
            }
            cert.timed("killed runs and their resumption (runner processes)", (System.nanoTime() - start) / 1_000_000);
            MigrationFixture.State actual = k.state();
            List<String> differences = new java.util.ArrayList<>(RowDigest.differences(expected.amRows(),
                    actual.amRows()));
            differences.addAll(RowDigest.differences(expected.sharedRows(), actual.sharedRows()));
            String schema = actual.amSchema().diff(expected.amSchema()).describe()
                    + actual.sharedSchema().diff(expected.sharedSchema()).describe();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("seed (-Dapim.crash.seed)", seed);
            figures.put("killed", killedAt);
            cert.add(CheckResult.of("runs", "the runner killed (kill -9) at a random statement of each step, then "
                    + "run again, ends where an undisturbed run ends", allKilled && differences.isEmpty()
                    && schema.isEmpty(), figures, failedResume + String.join("; ", differences) + schema));
        }

        /**
         * A native lock dies with the killed session; a lock row stays, and the refusal names the statement that
         * clears it: the test follows that instruction, as a release engineer would.
         */
        private static void clearLockOfKilledRun(MigrationFixture k) {
            for (org.apimmigrate.verify.engine.TestDatabase db : List.of(k.am, k.shared)) {
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
                    try (Handle h = db.jdbi().open()) {
                        k.vendor.lock().acquire(h, Migrator.LOCK_NAME).close();
                        return true;
                    } catch (LockLeftBehindException e) {
                        try (Handle h = db.jdbi().open()) {
                            h.execute(e.clearStatement());
                        }
                        return false;
                    } catch (MigrationLock.LockUnavailableException e) {
                        return false; // a native lock: it goes with the killed run's session
                    }
                });
            }
        }

        /** The set-up's own objects (all named OPS_*, see user-objects.sql) left out of the comparison. */
        private static Snapshot withoutSetupsObjects(Snapshot s) {
            return s.filter(l -> !(l.table() != null && l.table().startsWith("OPS_"))
                    && !(l.fields().size() > 1 && l.fields().get(1).startsWith("OPS_"))
                    && !(l.fields().get(0).startsWith("OPS_")));
        }

        /** 4.0.0 as WSO2's script would make it in this database: the vendor's character sets fitted to it. */
        private static Snapshot inCharacterSets(MigrationFixture f, org.apimmigrate.verify.engine.TestDatabase db,
                                                Snapshot expected, Snapshot live) {
            try (Handle h = db.jdbi().open()) {
                return f.vendor.characterSets().fit(expected, live, h);
            }
        }

        private Migrator migrator(MigrationFixture f) {
            return f.migrator(MigrationFixture.versioningOn(), (step, n, sql) -> { });
        }

        private static String ownedElsewhere(MigrationFixture f, Snapshot fresh) {
            java.util.Set<org.apimmigrate.api.schema.SnapshotLine> compared = new java.util.HashSet<>(
                    f.comparableAm(fresh).lines());
            return "not compared (owned by other tools or the toolkit): " + fresh.lines().stream()
                    .filter(l -> !compared.contains(l))
                    .map(l -> l.table() != null ? l.table() : l.fields().get(0)).distinct()
                    .collect(Collectors.joining(", "));
        }

        private <T> T timed(String what, Supplier<T> work) {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                cert.timed(what, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
