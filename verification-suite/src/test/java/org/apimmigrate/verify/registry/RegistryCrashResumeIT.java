package org.apimmigrate.verify.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.sweep.CrashSweep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both registry steps stopped before any one of their statements, as a crash would stop them, then run again, end
 * exactly where an undisturbed run ends: same schema, same rows, no work table left. With
 * {@code -Dapim.crash.sweep=full} every statement boundary of both steps is tried on every engine. The default build
 * tries each step's first statement and a seeded third of the others on PostgreSQL and H2 ({@link CrashSweep}), where
 * a step is one transaction. Where DDL commits statement by statement (MySQL) the stops walk every state of the
 * rebuild (copies half built, sealed, tables emptied, refilled, seal dropped): there, where a copy costs a second,
 * each distinct statement is tried once (the four association tables run the same statements on other names) plus
 * the first statement of each association table, so every state is still reached.
 */
class RegistryCrashResumeIT {

    /** Tiny, but with enough documents that REG_RESOURCE_PROPERTY is rebuilt while the smaller tables are not. */
    private static final GeneratorSettings DATA = GeneratorSettings.tiny().toBuilder().documents(200).build();

    static Stream<Arguments> engines() {
        return RegistryEngines.engines();
    }

    /** A statement of a run: the step and its ordinal within that step's phase run. */
    record Boundary(String step, int ordinal, String sql) {
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aRunStoppedAtAnyStatementResumesToTheUndisturbedEndState(Engine engine) {
        RegistryFixture base = RegistryFixture.generate(engine, DATA);

        RegistryFixture undisturbed = base.copy();
        List<Boundary> boundaries = new ArrayList<>();
        List<RunReport> reference = undisturbed.migrate((step, n, sql) -> boundaries.add(new Boundary(step, n, sql)));
        assertThat(reference).as(RegistryFixture.describe(reference)).allMatch(RunReport::succeeded);
        RegistryFixture.State expected = undisturbed.state();
        assertThat(boundaries).extracting(Boundary::step).as("statements of both steps")
                .contains("registry-versioning-cleanup", "registry-log-reindex");

        for (Boundary stop : sweep(engine, boundaries)) {
            RegistryFixture run = base.copy();
            List<RunReport> stopped = run.migrate(stopAt(stop));
            assertThat(stopped).as("run stopped before %s (%s)", stop, CrashSweep.describe())
                    .anyMatch(RunReport::failed);

            List<RunReport> resumed = run.migrate(StatementInterceptor.NONE);
            assertThat(resumed).as("resume after a stop before %s (%s): %s", stop, CrashSweep.describe(),
                            RegistryFixture.describe(resumed))
                    .allMatch(RunReport::succeeded);
            RegistryFixture.State actual = run.state();
            assertThat(actual.schema().diff(expected.schema()).describe()).as("schema, stop before %s", stop).isEmpty();
            assertThat(actual.rows()).as("rows, stop before %s", stop).isEqualTo(expected.rows());
            assertThat(run.snapshot().tables()).as("work tables left, stop before %s", stop)
                    .noneMatch(t -> t.toUpperCase().matches("APIM_MIGRATE_.*_(KEEP|BUILD)_.*"));
        }
    }

    /**
     * The boundaries to stop at. A full sweep: every one. The default build: on MySQL one per distinct statement (see
     * {@link #distinct}); elsewhere each step's first statement and a seeded third of the others.
     */
    private static List<Boundary> sweep(Engine engine, List<Boundary> all) {
        if (CrashSweep.full()) {
            return all;
        }
        if (engine.vendorId().equals("mysql")) {
            return distinct(all);
        }
        return CrashSweep.sample(all, SAMPLE_STRIDE, b -> b.ordinal() == 1);
    }

    private static final int SAMPLE_STRIDE = 5;

    /** One boundary per statement text once the association tables' names are taken out, plus each table's first. */
    static List<Boundary> distinct(List<Boundary> all) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> tablesSeen = new java.util.HashSet<>();
        List<Boundary> out = new ArrayList<>();
        for (Boundary b : all) {
            java.util.regex.Matcher table = PAIR.matcher(b.sql());
            boolean firstOfTable = table.find() && tablesSeen.add(table.group(2));
            if (seen.add(b.step() + PAIR.matcher(b.sql()).replaceAll("$1X")) || firstOfTable) {
                out.add(b);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern.compile(
            "(?i)(REG_RESOURCE_|REG_|APIM_MIGRATE_)(PROPERTY|TAG|COMMENT|RATING|RRP|RRT|RRC|RRR)");

    private static StatementInterceptor stopAt(Boundary b) {
        return (step, n, sql) -> {
            if (step.equals(b.step()) && n == b.ordinal()) {
                throw new IllegalStateException("stopped before statement " + n + " of " + step);
            }
        };
    }
}
