package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A step whose statement waits for another session's lock says so while it waits: the table, the session that
 * blocks it and the statement that ends that session. Once the other session lets go, the run finishes; where the
 * engine gives up first (its lock timeout), the failure names the blocker too and the next run resumes.
 */
class LockWaitIT {

    /**
     * The first notice comes after 3 s of waiting; the rest is the jar starting and the checks before any change,
     * slow on a loaded machine (a limit only: the test goes on as soon as the line is there).
     */
    private static final Duration NOTICE_WITHIN = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    static Stream<Arguments> engines() {
        return CliDatabases.engines();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aStatementWaitingForAnotherSessionShowsWhoBlocksItAndFinishesOnceItLetsGo(Engine engine) throws Exception {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        SqlSections sql = sql(f);
        List<String> migrate = migrate(f, tmp.resolve("home"));
        try (Connection holder = f.am.connect()) {
            String session = hold(holder, sql);
            try (RunnerProcess.Running run = RunnerProcess.of(verbose(migrate)).start()) {
                String waiting = run.awaitLine(line -> line.contains("waiting: ") && line.contains(session + " of user"),
                        NOTICE_WITHIN);
                assertThat(waiting).contains("the statement has waited", "held by", "end that session with: ");
                holder.rollback();
                RunnerProcess.Result done = run.await(Duration.ofMinutes(2));
                assertThat(done.exitCode()).as(done.describe()).isZero();
                assertThat(done.stdout()).contains("Phase pre-client: done");
                assertThat(apiUuidColumnExists(f)).as("the pre-client schema change went through").isTrue();
            }
            RunnerProcess.Result status = RunnerProcess.of("status", "--apim-home", migrate.get(4)).run();
            assertThat(status.stdout()).as("the journal notes the wait of the step")
                    .containsPattern("waited \\d+ s for a lock.* held by .*" + session + " of user");
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aLockTimeoutNamesTheBlockerAndTheNextRunResumes(Engine engine) throws Exception {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        SqlSections sql = sql(f);
        Optional<String> giveUpAfter = sql.find("give-up-after").map(s -> s.get(0));
        if (giveUpAfter.isEmpty()) {
            return; // the engine's timeout is server-wide here: not changed under other tests
        }
        f.am.jdbi().useHandle(h -> h.execute(SqlResource.fill(giveUpAfter.get(), Map.of("database", f.am.name()))));
        List<String> migrate = migrate(f, tmp.resolve("home"));
        try (Connection holder = f.am.connect()) {
            String session = hold(holder, sql);
            RunnerProcess.Result failed = RunnerProcess.of(migrate).timeout(Duration.ofMinutes(2)).run();
            assertThat(failed.exitCode()).as(failed.describe()).isEqualTo(3);
            assertThat(failed.stdout()).as(failed.describe()).contains("waiting: ")
                    .containsIgnoringCase("had waited for a lock on am_api").contains(session + " of user")
                    .contains("end that session with: ");
            holder.rollback();
        }
        RunnerProcess.Result resumed = RunnerProcess.of(migrate).run();
        assertThat(resumed.exitCode()).as(resumed.describe()).isZero();
        assertThat(resumed.stdout()).contains("Phase pre-client: done");
        assertThat(apiUuidColumnExists(f)).isTrue();
    }

    private static List<String> verbose(List<String> args) {
        return Stream.concat(args.stream(), Stream.of("--verbose")).toList();
    }

    private static SqlSections sql(MigrationFixture f) {
        return SqlSections.read("org/apimmigrate/verify/cli/lock-wait/" + f.vendor.id() + ".sql");
    }

    private static List<String> migrate(MigrationFixture f, Path dir) {
        ApimHome home = ApimHome.write(dir, f.am, f.shared, f.am.user(), CliDatabases.password(), true);
        return List.of("migrate", "--phase", "pre-client", "--apim-home", home.home().toString(), "--registry-xml",
                home.registryXml().toString());
    }

    /** Opens a transaction that holds the vendor's lock; the session's id as the engine names it. */
    private static String hold(Connection holder, SqlSections sql) throws SQLException {
        String id;
        try (Statement s = holder.createStatement(); ResultSet rs = s.executeQuery(sql.require("session-id").get(0))) {
            rs.next();
            id = rs.getString(1);
        }
        holder.setAutoCommit(false);
        for (String statement : sql.require("hold")) {
            try (Statement s = holder.createStatement()) {
                s.execute(statement);
            }
        }
        return id;
    }

    private static boolean apiUuidColumnExists(MigrationFixture f) {
        return f.am.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(API_UUID) FROM AM_API").mapTo(Long.class)
                .one()) >= 0;
    }
}
