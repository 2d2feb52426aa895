package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.rows.RowDigest;
import org.apimmigrate.verify.sweep.CrashSweep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run stopped at a statement boundary, then run again, ends exactly where an undisturbed run ends: same schema, same
 * rows. Two ways:
 * <ul>
 * <li>every boundary of every step of both phases: each run is stopped before a statement no run was stopped before,
 * so the next run resumes a run that was itself a resume, until one completes. One stop per statement, one comparison
 * at the end;
 * <li>a spread of boundaries, each on a fresh copy of the 3.2.0 databases, compared after the pre-client phase.
 * </ul>
 * MySQL is the vendor where this matters most: its DDL commits one statement at a time. The default build stops the
 * first way before a share of the statements chosen by the seed (every eighth; every twelfth on MariaDB, whose
 * catalog is slow to read), a different share each build; {@code -Dapim.crash.sweep=full} before every one
 * ({@link CrashSweep}).
 */
class CrashResumeIT {

    private static final GeneratorSettings DATA = GeneratorSettings.tiny();
    private static final int FRESH_SAMPLES = 3;
    private static final int SAMPLE_STRIDE = 8;
    private static final int SLOW_CATALOG_STRIDE = 12;

    static Stream<Arguments> engines() {
        // one PostgreSQL version is enough here; MigrationFlowIT covers both
        return EngineMatrix.enginesOneEmbeddedPerVendor("postgresql", "mysql", "h2");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void runsStoppedAtAnyStatementResumeToTheUndisturbedEndState(Engine engine) {
        MigrationFixture base = new MigrationFixture(engine, DATA);

        MigrationFixture undisturbed = base.copy();
        List<Integer> preClientStatements = new ArrayList<>();
        RunReport pre = undisturbed.migrator(MigrationFixture.versioningOn(),
                (step, ordinal, sql) -> preClientStatements.add(ordinal)).migrate(Phase.PRE_CLIENT);
        assertThat(pre.succeeded()).as(RunReports.describe(pre)).isTrue();
        MigrationFixture.State afterPreClient = undisturbed.state();
        List<Integer> postClientStatements = new ArrayList<>();
        undisturbed.clientEffect();
        RunReport post = undisturbed.migrator(MigrationFixture.versioningOn(),
                (step, ordinal, sql) -> postClientStatements.add(ordinal)).migrate(Phase.POST_CLIENT);
        assertThat(post.succeeded()).as(RunReports.describe(post)).isTrue();
        MigrationFixture.State expected = undisturbed.state();
        assertThat(preClientStatements).hasSizeGreaterThan(20);
        assertThat(postClientStatements).isNotEmpty();

        MigrationFixture chained = base.copy();
        int stride = CrashSweep.stride(engine.vendorId().equals("mysql") ? SLOW_CATALOG_STRIDE : SAMPLE_STRIDE);
        long seed = CrashSweep.seed();
        int preStops = stopBeforeEveryStatement(chained, Phase.PRE_CLIENT, preClientStatements.size(), stride, seed);
        chained.clientEffect();
        int postStops = stopBeforeEveryStatement(chained, Phase.POST_CLIENT, postClientStatements.size(), stride,
                seed);
        assertSameState(chained.state(), expected, "a stop at every " + (stride == 1 ? "" : stride + "th ")
                + "statement boundary (" + CrashSweep.describe() + ")");
        assertThat(preStops).as("stops in the pre-client phase").isGreaterThanOrEqualTo(
                preClientStatements.size() / stride / 2);
        assertThat(postStops).as("stops in the post-client phase").isGreaterThanOrEqualTo(
                postClientStatements.size() >= stride ? 1 : 0);

        for (int stopAt : spread(preClientStatements.size())) {
            MigrationFixture run = base.copy();
            RunReport stopped = run.migrator(MigrationFixture.versioningOn(), stopAt(stopAt)).migrate(Phase.PRE_CLIENT);
            assertThat(stopped.steps()).as("run stopped at statement %d", stopAt)
                    .anyMatch(s -> s.state() == StepReport.State.FAILED);
            RunReport resumed = run.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE)
                    .migrate(Phase.PRE_CLIENT);
            assertThat(resumed.succeeded()).as("resume after a stop at statement %d: %s", stopAt,
                    RunReports.describe(resumed)).isTrue();
            assertSameState(run.state(), afterPreClient, "a stop at statement " + stopAt + " of a fresh run");
        }
    }

    /**
     * Runs the phase again and again, each run stopped before the first statement no earlier run was stopped before,
     * until a run completes; returns the number of stops. Steps that resume mid-way and steps whose script restarts
     * from its first guarded statement are both stopped once before each of their statements. Where every run reads
     * a slow catalog (MariaDB), only every {@code stride}-th statement is stopped at, a different share each run
     * ({@code -Dapim.crash.seed}), so that runs over time cover them all.
     */
    private static int stopBeforeEveryStatement(MigrationFixture f, Phase phase, int statements, int stride,
                                                long seed) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.Set<String> stoppedBefore = new java.util.HashSet<>();
        int stops = 0;
        while (true) {
            RunReport r = f.migrator(MigrationFixture.versioningOn(), (step, n, sql) -> {
                String key = step + "\n" + sql;
                int index = seen.computeIfAbsent(key, k -> seen.size());
                if (index % stride == Math.floorMod(seed, stride) && stoppedBefore.add(key)) {
                    throw new IllegalStateException("stopped before statement " + n + " of " + step);
                }
            }).migrate(phase);
            if (r.succeeded()) {
                return stops;
            }
            assertThat(r.steps()).as("%s run %d: %s", phase, stops, RunReports.describe(r))
                    .anyMatch(s -> s.state() == StepReport.State.FAILED);
            stops++;
            // a resumed run may run statements a fresh one does not (tidying work tables), never without end
            assertThat(stops).as("%s keeps failing after %d stops", phase, stops).isLessThanOrEqualTo(3 * statements);
        }
    }

    private static void assertSameState(MigrationFixture.State actual, MigrationFixture.State expected, String what) {
        assertThat(actual.amSchema().diff(expected.amSchema()).describe()).as("WSO2AM_DB schema after %s", what)
                .isEmpty();
        assertThat(actual.sharedSchema().diff(expected.sharedSchema()).describe()).as("SHARED_DB schema after %s",
                what).isEmpty();
        assertThat(RowDigest.differences(expected.amRows(), actual.amRows())).as("WSO2AM_DB rows after %s", what)
                .isEmpty();
        assertThat(RowDigest.differences(expected.sharedRows(), actual.sharedRows()))
                .as("SHARED_DB rows after %s", what).isEmpty();
    }

    /** Boundaries spread evenly over the run, the first and the last included. */
    private static List<Integer> spread(int statements) {
        return IntStream.range(0, FRESH_SAMPLES)
                .map(i -> 1 + (int) ((long) i * (statements - 1) / (FRESH_SAMPLES - 1))).distinct().boxed().toList();
    }

    private static StatementInterceptor stopAt(int ordinal) {
        return (step, n, sql) -> {
            if (n == ordinal) {
                throw new IllegalStateException("stopped at statement " + n + " of " + step);
            }
        };
    }
}
