package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both phases on a 3.2.0 schema reach a fresh 4.0.0, and a second run changes nothing. */
class MigrationFlowIT {

    static Stream<Arguments> engines() {
        return EngineMatrix.engines();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void bothPhasesReachFresh400AndASecondRunDoesNothing(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine);
        f.am.jdbi().useHandle(h -> {
            h.execute("INSERT INTO AM_API (API_ID, API_PROVIDER, API_NAME, API_VERSION, CONTEXT) "
                    + "VALUES (1, 'admin', 'Pizza', '1.0.0', '/pizza/1.0.0')");
        });

        RunReport pre = f.migrator().migrate(Phase.PRE_CLIENT);
        assertThat(pre.succeeded()).as(RunReports.describe(pre)).isTrue();

        f.am.jdbi().useHandle(h -> {
            h.execute("UPDATE AM_API SET API_UUID = '0b4d6c10-0000-4000-8000-000000000001', STATUS = 'PUBLISHED'");
            f.simulateClientSchemaEffect(h);
        });
        RunReport post = f.migrator().migrate(Phase.POST_CLIENT);
        assertThat(post.succeeded()).as(RunReports.describe(post)).isTrue();

        Snapshot am = f.snapshot(f.am);
        Snapshot fresh = KnownSchema.AM_400.expectedSnapshot(f.vendor);
        assertThat(f.comparableAm(am).diff(f.comparableAm(fresh)).describe())
                .as("WSO2AM_DB after both phases vs fresh 4.0.0").isEmpty();
        Snapshot shared = f.snapshot(f.shared);
        assertThat(MigrationFixture.registryPart(shared).diff(
                MigrationFixture.registryPart(KnownSchema.SHARED_400.expectedSnapshot(f.vendor))).describe())
                .as("registry tables after both phases vs fresh 4.0.0 kernel").isEmpty();

        RunReport again = f.migrator().migrate(Phase.PRE_CLIENT);
        RunReport againPost = f.migrator().migrate(Phase.POST_CLIENT);
        assertThat(again.steps()).extracting(StepReport::state).containsOnly(StepReport.State.ALREADY_DONE);
        assertThat(againPost.steps()).extracting(StepReport::state).containsOnly(StepReport.State.ALREADY_DONE);
        assertThat(f.snapshot(f.am)).isEqualTo(am);
        assertThat(f.migrator().status().values()).allSatisfy(entries -> assertThat(entries)
                .extracting(JournalEntry::status).containsOnly(JournalEntry.Status.SUCCESS));
    }

    static ApiUuidRepair repair() {
        return new ApiUuidRepair();
    }
}
