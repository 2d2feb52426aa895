package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MySQL / MariaDB databases in the character sets users have: each migrates, passes `verify`, and keeps every
 * table's and column's character set and the values only that character set can hold.
 */
class CharacterSetsIT {

    static Stream<Arguments> setups() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("mysql").flatMap(engine -> Stream.of(
                DatabaseSetup.UTF8MB4, DatabaseSetup.LATIN1_TABLES_IN_UTF8MB4, DatabaseSetup.UTF8MB4_EVERY_TABLE).map(setup -> Arguments.of(
                engine.get()[0], setup)));
    }

    @ParameterizedTest(name = "{0}: {1}", allowZeroInvocations = true)
    @MethodSource("setups")
    void migratesAndVerifiesInTheUsersCharacterSets(Engine engine, DatabaseSetup setup) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny(), setup);
        java.util.Map<String, String> charsetsBefore = columnCharacterSets(f);
        if (setup.refusedUpFront()) {
            MigrationFixture.State before = f.state();
            RunReport refused = f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> {
                throw new AssertionError("a refused run ran " + sql);
            }).migrate(Phase.PRE_CLIENT);
            assertThat(refused.succeeded()).as(RunReports.describe(refused)).isFalse();
            assertThat(RunReports.describe(refused)).contains("over InnoDB's limit", "IDN_UMA_RESOURCE");
            MigrationFixture.State after = f.state();
            assertThat(after.amSchema()).isEqualTo(before.amSchema());
            assertThat(after.sharedSchema()).isEqualTo(before.sharedSchema());
            assertThat(after.amRows()).isEqualTo(before.amRows());
            assertThat(after.sharedRows()).isEqualTo(before.sharedRows());
            return;
        }

        RunReport preflight = f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> { }).preflight(Phase.PRE_CLIENT);
        assertThat(preflight.succeeded()).as(RunReports.describe(preflight)).isTrue();
        VerificationResult verified = f.migrateBothPhasesAndVerify();
        assertThat(verified.failed()).as("verify").isEmpty();

        java.util.Map<String, String> charsetsAfter = columnCharacterSets(f);
        charsetsBefore.forEach((column, charset) -> {
            if (charsetsAfter.containsKey(column)) {
                assertThat(charsetsAfter.get(column)).as("character set of %s", column).isEqualTo(charset);
            }
        });
        if (setup == DatabaseSetup.UTF8MB4) {
            assertThat(count(f.am, "SELECT COUNT(*) FROM AM_API WHERE API_NAME = :v", DatabaseSetup.API_NAME))
                    .isPositive();
            assertThat(count(f.am, "SELECT COUNT(*) FROM AM_API_COMMENTS WHERE COMMENT_TEXT = :v",
                    DatabaseSetup.COMMENT)).isPositive();
            assertThat(count(f.shared, "SELECT COUNT(*) FROM REG_PATH WHERE REG_PATH_VALUE LIKE :v",
                    "%/" + DatabaseSetup.API_NAME + "%")).isPositive();
        }
    }

    static Stream<Arguments> mysqlEngines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("mysql");
    }

    /**
     * A foreign key 4.0.0 adds between two columns that both exist already, in different character sets: InnoDB would
     * refuse it half-way (errno 150), so the run must refuse before any change and say how to align them.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("mysqlEngines")
    void refusesAForeignKeyBetweenExistingColumnsOfDifferentCharacterSetsBeforeAnyChange(Engine engine) throws Exception {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny(), DatabaseSetup.LATIN1_TABLES_IN_UTF8MB4);
        try (java.sql.Connection c = f.am.connect()) {
            org.apimmigrate.verify.engine.EngineSql.run(c, "mysql", "gateway-deployments-created-ahead", java.util.Map.of());
        }
        assertThat(columnCharacterSets(f)).containsEntry(f.am.name().replaceAll("_\\d+$", "")
                + ":AM_GW_API_DEPLOYMENTS.API_ID", "utf8mb4");
        MigrationFixture.State before = f.state();

        RunReport refused = f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> {
            throw new AssertionError("a refused run ran " + sql);
        }).migrate(Phase.PRE_CLIENT);

        String described = RunReports.describe(refused);
        assertThat(refused.succeeded()).as(described).isFalse();
        org.apimmigrate.api.finding.Finding blocker = refused.steps().stream().flatMap(st -> st.findings().stream())
                .filter(x -> x.code() == org.apimmigrate.api.finding.FindingCode.CHARACTER_SETS_BLOCK_FOREIGN_KEY)
                .findFirst().orElseThrow(() -> new AssertionError("no character-set blocker in\n" + described));
        assertThat(blocker.severity()).isEqualTo(org.apimmigrate.api.finding.Finding.Severity.BLOCKER);
        assertThat(blocker.message()).contains("AM_GW_API_DEPLOYMENTS.API_ID (utf8mb4)",
                "AM_GW_PUBLISHED_API_DETAILS.API_ID (latin1)", "different character sets");
        assertThat(blocker.remedy()).contains("ALTER TABLE AM_GW_API_DEPLOYMENTS CONVERT TO CHARACTER SET latin1",
                "Nothing was changed");
        MigrationFixture.State after = f.state();
        assertThat(after.amSchema()).isEqualTo(before.amSchema());
        assertThat(after.sharedSchema()).isEqualTo(before.sharedSchema());
        assertThat(after.amRows()).isEqualTo(before.amRows());
        assertThat(after.sharedRows()).isEqualTo(before.sharedRows());
    }

    private static int count(org.apimmigrate.verify.engine.TestDatabase db, String sql, String value) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).bind("v", value).mapTo(Integer.class).one());
    }

    /** TABLE.COLUMN to character set, of both databases. */
    private static java.util.Map<String, String> columnCharacterSets(MigrationFixture f) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (var db : java.util.List.of(f.am, f.shared)) {
            db.jdbi().useHandle(h -> h.createQuery("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME FROM "
                    + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_SET_NAME IS NOT NULL")
                    .mapToMap().forEach(r -> out.put(db.name().replaceAll("_\\d+$", "") + ":" + r.get("table_name")
                            + "." + r.get("column_name"), String.valueOf(r.get("character_set_name")))));
        }
        return out;
    }
}
