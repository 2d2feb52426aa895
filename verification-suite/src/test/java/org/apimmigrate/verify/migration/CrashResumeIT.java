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
import org.apimmigrate.steps.Steps;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.EngineTier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run stopped at a statement boundary, then run again, ends exactly where an undisturbed run ends: same schema, same
 * rows. Every boundary of the pre-client phase's schema steps is tried (the registry clean-up has its own such test in
 * {@code verify.registry.RegistryCrashResumeIT}) where copies are cheap (PostgreSQL templates) or loading is
 * fast (H2); on MariaDB, whose schema load takes seconds, a fixed spread of boundaries across all three steps.
 * MySQL is the vendor where this matters most: its DDL commits one statement at a time.
 */
class CrashResumeIT {

    private static final GeneratorSettings DATA = GeneratorSettings.tiny();
    private static final int MARIADB_SAMPLES = 12;

    static Stream<Arguments> engines() {
        // one PostgreSQL version is enough here; MigrationFlowIT covers both
        List<String> seen = new ArrayList<>();
        return EngineMatrix.engines("postgresql", "mysql", "h2").filter(a -> {
            Engine e = (Engine) ((org.junit.jupiter.api.Named<?>) a.get()[0]).getPayload();
            return e.tier() != EngineTier.EMBEDDED || seenOnce(seen, e.vendorId());
        });
    }

    private static boolean seenOnce(List<String> seen, String vendor) {
        if (seen.contains(vendor)) {
            return false;
        }
        seen.add(vendor);
        return true;
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aRunStoppedAtAnyStatementResumesToTheUndisturbedEndState(Engine engine) {
        MigrationFixture base = new MigrationFixture(engine, DATA);

        MigrationFixture undisturbed = base.copy();
        List<Integer> schemaStatements = new ArrayList<>();
        RunReport reference = undisturbed.migrator(MigrationFixture.versioningOn(), (step, ordinal, sql) -> {
            if (!step.equals(Steps.REGISTRY_VERSIONING_CLEANUP)) {
                schemaStatements.add(ordinal);
            }
        }).migrate(Phase.PRE_CLIENT);
        assertThat(reference.succeeded()).as(MigrationFlowIT.describe(reference)).isTrue();
        MigrationFixture.State expected = undisturbed.state();
        assertThat(schemaStatements).hasSizeGreaterThan(20);

        for (int stopAt : boundaries(engine, schemaStatements)) {
            MigrationFixture run = base.copy();
            RunReport stopped = run.migrator(MigrationFixture.versioningOn(), stopAt(stopAt)).migrate(Phase.PRE_CLIENT);
            assertThat(stopped.steps()).as("run stopped at statement %d", stopAt)
                    .anyMatch(s -> s.state() == StepReport.State.FAILED);

            RunReport resumed = run.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE)
                    .migrate(Phase.PRE_CLIENT);
            assertThat(resumed.succeeded()).as("resume after a stop at statement %d: %s", stopAt,
                    MigrationFlowIT.describe(resumed)).isTrue();
            MigrationFixture.State actual = run.state();
            assertThat(actual.amSchema().diff(expected.amSchema()).describe()).as("WSO2AM_DB schema, stop at %d",
                    stopAt).isEmpty();
            assertThat(actual.sharedSchema().diff(expected.sharedSchema()).describe()).as("SHARED_DB schema, stop at %d",
                    stopAt).isEmpty();
            assertThat(actual.amRows()).as("WSO2AM_DB rows, stop at %d", stopAt).isEqualTo(expected.amRows());
            assertThat(actual.sharedRows()).as("SHARED_DB rows, stop at %d", stopAt).isEqualTo(expected.sharedRows());
        }
    }

    private static List<Integer> boundaries(Engine engine, List<Integer> all) {
        if (!engine.vendorId().equals("mysql")) {
            return all;
        }
        int n = all.size();
        return IntStream.range(0, MARIADB_SAMPLES).map(i -> all.get((int) ((long) i * (n - 1) / (MARIADB_SAMPLES - 1))))
                .distinct().boxed().toList();
    }

    private static StatementInterceptor stopAt(int ordinal) {
        return (step, n, sql) -> {
            if (n == ordinal) {
                throw new IllegalStateException("stopped at statement " + n + " of " + step);
            }
        };
    }
}
