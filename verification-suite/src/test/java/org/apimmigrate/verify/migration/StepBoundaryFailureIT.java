package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.rows.RowDigest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A step that fails after the steps before it committed (the database refuses its first statement) leaves a state
 * that the same command, run again once the cause is gone, completes to exactly where an undisturbed run ends. One
 * failure at each step boundary of both phases, each on a fresh copy. MariaDB, whose DDL commits statement by
 * statement, is where this matters.
 */
class StepBoundaryFailureIT {

    private static final GeneratorSettings DATA = GeneratorSettings.tiny();

    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("mysql");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aFailureAtEachStepBoundaryIsCompletedByARerun(Engine engine) {
        MigrationFixture base = new MigrationFixture(engine, DATA);
        MigrationFixture undisturbed = base.copy();
        Set<String> preSteps = new LinkedHashSet<>();
        Set<String> postSteps = new LinkedHashSet<>();
        assertThat(undisturbed.migrator(MigrationFixture.versioningOn(), (step, n, sql) -> preSteps.add(step))
                .migrate(Phase.PRE_CLIENT).succeeded()).isTrue();
        undisturbed.clientEffect();
        // where each post-client failure starts: the pre-client phase done and the client's effect made
        Optional<MigrationFixture> beforePostClient = undisturbed.copyAsTheyStand();
        assertThat(undisturbed.migrator(MigrationFixture.versioningOn(), (step, n, sql) -> postSteps.add(step))
                .migrate(Phase.POST_CLIENT).succeeded()).isTrue();
        MigrationFixture.State expected = undisturbed.state();
        assertThat(preSteps).hasSizeGreaterThanOrEqualTo(2);

        List<String> boundaries = new ArrayList<>();
        for (String step : preSteps) {
            boundaries.add(Phase.PRE_CLIENT + ":" + step);
        }
        for (String step : postSteps) {
            boundaries.add(Phase.POST_CLIENT + ":" + step);
        }
        for (String boundary : boundaries) {
            Phase failingPhase = boundary.startsWith(Phase.PRE_CLIENT + ":") ? Phase.PRE_CLIENT : Phase.POST_CLIENT;
            String failingStep = boundary.substring(boundary.indexOf(':') + 1);
            MigrationFixture run = failingPhase == Phase.PRE_CLIENT ? base.copy() : beforePostClient
                    .flatMap(MigrationFixture::copyAsTheyStand).orElseGet(() -> preClientDone(base.copy()));
            RunReport failed = run.migrator(MigrationFixture.versioningOn(), (step, n, sql) -> {
                if (step.equals(failingStep)) {
                    throw new IllegalStateException("the database refused the first statement of " + step);
                }
            }).migrate(failingPhase);
            assertThat(failed.steps()).as("run failing at %s", boundary)
                    .anyMatch(s -> s.stepId().equals(failingStep) && s.state() == StepReport.State.FAILED);
            RunReport rerun = run.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE)
                    .migrate(failingPhase);
            assertThat(rerun.succeeded()).as("rerun after a failure at %s: %s", boundary,
                    RunReports.describe(rerun)).isTrue();
            if (failingPhase == Phase.PRE_CLIENT) {
                run.clientEffect();
                RunReport post = run.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE)
                        .migrate(Phase.POST_CLIENT);
                assertThat(post.succeeded()).as(RunReports.describe(post)).isTrue();
            }
            MigrationFixture.State actual = run.state();
            assertThat(actual.amSchema().diff(expected.amSchema()).describe()).as("WSO2AM_DB after %s", boundary)
                    .isEmpty();
            assertThat(actual.sharedSchema().diff(expected.sharedSchema()).describe())
                    .as("SHARED_DB after %s", boundary).isEmpty();
            assertThat(RowDigest.differences(expected.amRows(), actual.amRows())).as("WSO2AM_DB rows after %s",
                    boundary).isEmpty();
            assertThat(RowDigest.differences(expected.sharedRows(), actual.sharedRows()))
                    .as("SHARED_DB rows after %s", boundary).isEmpty();
        }
    }

    private static MigrationFixture preClientDone(MigrationFixture f) {
        assertThat(f.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE).migrate(Phase.PRE_CLIENT)
                .succeeded()).isTrue();
        f.clientEffect();
        return f;
    }
}
