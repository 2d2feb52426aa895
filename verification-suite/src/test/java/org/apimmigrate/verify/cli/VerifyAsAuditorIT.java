package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code verify} as people run it who did not run the migration: on a database that is not migrated yet it says where
 * the database stands and what to run (no raw SQL error), and an auditor with nothing but SELECT gets the same all-pass
 * as the migration's owner (no sequence or trigger hidden from it reported missing). PostgreSQL only: the embedded
 * MariaDB runs without grant tables, so a SELECT-only user cannot be made there.
 */
class VerifyAsAuditorIT {

    @TempDir
    Path tmp;

    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("postgresql");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void unmigratedThenMigratedAsASelectOnlyUser(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        String reader = ("reader_" + f.am.name()).toLowerCase();
        List<String> asReader = List.of("verify", "--am-url", f.am.as(reader, "").url(), "--am-user", reader,
                "--shared-url", f.shared.as(reader, "").url(), "--shared-user", reader);
        Map<String, String> passwords = Map.of("APIM_MIGRATE_APIM_DB_PASSWORD", "unused",
                "APIM_MIGRATE_SHARED_DB_PASSWORD", "unused");
        createReader(f.am, reader, true);
        createReader(f.shared, reader, false);
        grantReader(f.am, reader);
        grantReader(f.shared, reader);

        RunnerProcess.Result early = RunnerProcess.of(asReader).env(passwords).run();
        assertThat(early.exitCode()).as(early.describe()).isEqualTo(1);
        assertThat(early.stderr()).as(early.describe()).contains("apim_db is at 3.2.0",
                "Run `apim-migrate migrate --phase pre-client`").doesNotContainIgnoringCase("does not exist");

        assertThat(f.migrator(MigrationFixture.versioningOn(), org.apimmigrate.run.StatementInterceptor.NONE)
                .migrate(Phase.PRE_CLIENT).succeeded()).isTrue();
        grantReader(f.am, reader);
        grantReader(f.shared, reader);
        RunnerProcess.Result between = RunnerProcess.of(asReader).env(passwords).run();
        assertThat(between.exitCode()).as(between.describe()).isEqualTo(1);
        assertThat(between.stdout()).as(between.describe()).contains("checks FAILED", "apim_db is between the two phases", "Next: run WSO2's migration client, then "
                + "`apim-migrate migrate --phase post-client`, then verify again.");
        f.clientEffect();
        assertThat(f.migrator(MigrationFixture.versioningOn(), org.apimmigrate.run.StatementInterceptor.NONE)
                .migrate(Phase.POST_CLIENT).succeeded()).isTrue();
        grantReader(f.am, reader);
        grantReader(f.shared, reader);

        RunnerProcess.Result audit = RunnerProcess.of(asReader).env(passwords).run();
        assertThat(audit.exitCode()).as(audit.describe()).isZero();
        assertThat(audit.stdout()).contains("[PASS] apim_db: WSO2AM_DB schema equals",
                "[PASS] shared_db: Registry tables of SHARED_DB equal").containsPattern("All \\d+ checks passed");
    }

    private static void createReader(TestDatabase db, String user, boolean role) {
        List<String> statements = SqlSections.read("org/apimmigrate/verify/cli/postgresql.sql").require("create-reader");
        run(db, (role ? statements : statements.subList(1, statements.size())), user);
    }

    /** Tables the migration created are granted too: an auditor gets SELECT on what is there when the audit runs. */
    private static void grantReader(TestDatabase db, String user) {
        run(db, SqlSections.read("org/apimmigrate/verify/cli/postgresql.sql").require("grant-reader"), user);
    }

    private static void run(TestDatabase db, List<String> statements, String user) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(SqlResource.fill(sql, Map.of("user", user, "database", db.name())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the reader", e);
        }
    }
}
