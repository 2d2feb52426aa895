package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.apimmigrate.verify.sweep.CrashSweep;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kill -9} in the middle of the WSO2AM_DB schema upgrade (the jar halts there on
 * {@code -Dapim.migrate.haltBefore}, so the crash hits a known statement), then the same command again: the
 * journal shows the interrupted step, the second run resumes it, and both databases end exactly where an
 * undisturbed run ends. The default build kills once, mid-way through the WSO2AM_DB upgrade; a full sweep
 * ({@code -Dapim.crash.sweep=full}) also before the first statement of each pre-client step and inside the clean-up.
 */
class KilledRunResumesIT {

    /** Well inside the step: on MySQL, whose DDL commits statement by statement, part of it is then done. */
    private static final String DEFAULT_HALT = "am-db-schema-upgrade:12";

    /** A full sweep also kills before the first statement of each pre-client step and mid-way through the clean-up. */
    private static final List<String> FULL_SWEEP = List.of(DEFAULT_HALT, "registry-versioning-cleanup:1",
            "registry-versioning-cleanup:4", "registry-schema-upgrade:1", "am-db-schema-upgrade:1");

    @TempDir
    Path tmp;

    static Stream<Arguments> engines() {
        return CliDatabases.engines();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aKilledMigrateResumesToTheUndisturbedEndState(Engine engine) {
        MigrationFixture base = new MigrationFixture(engine, GeneratorSettings.tiny());
        MigrationFixture undisturbed = base.copy();
        RunReport reference = undisturbed.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE)
                .migrate(Phase.PRE_CLIENT);
        assertThat(reference.succeeded()).isTrue();
        MigrationFixture.State expected = withoutMigrationTime(undisturbed);
        List<String> halts = CrashSweep.full() ? FULL_SWEEP : List.of(DEFAULT_HALT);
        for (int i = 0; i < halts.size(); i++) {
            killAndResume(i == halts.size() - 1 ? base : base.copy(), halts.get(i), tmp.resolve("home-" + i),
                    expected);
        }
    }

    private static void killAndResume(MigrationFixture f, String halt, Path dir, MigrationFixture.State expected) {
        String step = halt.substring(0, halt.lastIndexOf(':'));
        String statement = halt.substring(halt.lastIndexOf(':') + 1);
        ApimHome home = ApimHome.write(dir, f.am, f.shared, f.am.user(), CliDatabases.password(), true);
        List<String> migrate = List.of("migrate", "--phase", "pre-client", "--apim-home", home.home().toString(),
                "--registry-xml", home.registryXml().toString());

        RunnerProcess.Result killed = RunnerProcess.of(append(migrate, "--verbose"))
                .jvmOption("-Dapim.migrate.haltBefore=" + halt)
                .killWhen(line -> line.startsWith("halted before statement " + statement + " of " + step)).run();
        assertThat(killed.killed()).as("killed before %s: %s", halt, killed.describe()).isTrue();
        if (!statement.equals("1")) {
            assertThat(killed.stderr()).as("--verbose shows the statements before the halt").contains("[" + step + "] ");
        }
        assertThat(killed.stdout()).doesNotContain("Phase pre-client: done");
        awaitLockFreed(f.am, f);
        awaitLockFreed(f.shared, f);

        RunnerProcess.Result status = RunnerProcess.of("status", "--apim-home", home.home().toString()).run();
        assertThat(status.stdout()).as(status.describe()).contains(
                step + " [pre-client]: INTERRUPTED (no apim-migrate run holds the lock");

        RunnerProcess.Result resumed = RunnerProcess.of(migrate).run();
        assertThat(resumed.exitCode()).as("resumed after a kill before %s: %s", halt, resumed.describe()).isZero();
        assertThat(resumed.stdout()).contains("resumed after an earlier run left it RUNNING",
                "Phase pre-client: done");
        MigrationFixture.State actual = withoutMigrationTime(f);
        assertThat(actual.amSchema().diff(expected.amSchema()).describe()).as("after a kill before %s", halt)
                .isEmpty();
        assertThat(actual.sharedSchema().diff(expected.sharedSchema()).describe()).as("after a kill before %s", halt)
                .isEmpty();
        assertThat(actual.amRows()).as("after a kill before %s", halt).isEqualTo(expected.amRows());
        assertThat(actual.sharedRows()).as("after a kill before %s", halt).isEqualTo(expected.sharedRows());
    }

    /**
     * The state, minus the one value that is the migration's own time: 4.0.0's AM_API_COMMENTS.UPDATED_TIME defaults
     * to the current time, which MySQL writes into existing rows when the column is added.
     */
    private static MigrationFixture.State withoutMigrationTime(MigrationFixture f) {
        f.am.jdbi().useHandle(h -> h.execute("UPDATE AM_API_COMMENTS SET UPDATED_TIME = NULL"));
        return f.state();
    }

    /** The killed session's lock goes when the server notices the session is gone. */
    private static void awaitLockFreed(TestDatabase db, MigrationFixture f) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(MigrationLock.LockUnavailableException.class)
                .until(() -> db.jdbi().withHandle(h -> {
                    f.vendor.lock().acquire(h, Migrator.LOCK_NAME).close();
                    return true;
                }));
    }

    private static List<String> append(List<String> args, String... more) {
        return Stream.concat(args.stream(), Stream.of(more)).toList();
    }

}
