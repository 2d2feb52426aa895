package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nothing-lost proof on generated 3.2.0 data, through the real jar: a row changed behind the toolkit's back while
 * the pre-client phase runs (the jar halted inside the schema upgrade, then killed and resumed) is named by
 * {@code verify}; an undisturbed run passes the same check, and --no-fingerprint records nothing.
 */
class FingerprintIT {

    @TempDir
    Path tmp;

    static Stream<Arguments> engines() {
        return CliDatabases.engines();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aRowChangedBehindTheToolkitsBackIsCaughtByVerify(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        long subscribers = f.am.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM AM_SUBSCRIBER")
                .mapTo(Long.class).one());
        assertThat(subscribers).as("the fixture has subscribers to change").isPositive();
        ApimHome home = ApimHome.write(tmp, f.am, f.shared, f.am.user(), CliDatabases.password(), true);
        List<String> migrate = List.of("migrate", "--phase", "pre-client", "--apim-home", home.home().toString(),
                "--registry-xml", home.registryXml().toString());

        RunnerProcess.Result halted = RunnerProcess.of(migrate)
                .jvmOption("-Dapim.migrate.haltBefore=am-db-schema-upgrade:3")
                .killWhen(line -> line.startsWith("halted before statement 3")).run();
        assertThat(halted.killed()).as(halted.describe()).isTrue();
        f.am.jdbi().useHandle(h -> h.execute("UPDATE AM_SUBSCRIBER SET EMAIL_ADDRESS = 'changed-behind-the-back'"));
        awaitLockFreed(f);

        RunnerProcess.Result resumed = RunnerProcess.of(migrate).run();
        assertThat(resumed.exitCode()).as(resumed.describe()).isZero();

        RunnerProcess.Result verify = RunnerProcess.of("verify", "--apim-home", home.home().toString()).run();
        assertThat(verify.exitCode()).as(verify.describe()).isEqualTo(1);
        assertThat(verify.stdout()).as(verify.describe())
                .contains("[FAIL] apim_db: Nothing lost in apim_db by phase pre-client")
                .containsIgnoringCase("AM_SUBSCRIBER: CHANGED, same row count, different content")
                .contains("[PASS] shared_db: Nothing lost in shared_db by phase pre-client");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void anUndisturbedRunProvesNothingLostAndNoFingerprintRecordsNone(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        MigrationFixture other = f.copy();
        ApimHome home = ApimHome.write(tmp.resolve("a"), f.am, f.shared, f.am.user(), CliDatabases.password(), true);
        RunnerProcess.Result migrate = RunnerProcess.of("migrate", "--phase", "pre-client", "--apim-home",
                home.home().toString(), "--registry-xml", home.registryXml().toString()).run();
        assertThat(migrate.exitCode()).as(migrate.describe()).isZero();
        assertThat(migrate.stdout()).contains("-> fingerprint: row counts and content digests");
        RunnerProcess.Result verify = RunnerProcess.of("verify", "--apim-home", home.home().toString()).run();
        assertThat(verify.stdout()).as(verify.describe())
                .contains("[PASS] apim_db: Nothing lost in apim_db by phase pre-client",
                        "[PASS] shared_db: Nothing lost in shared_db by phase pre-client")
                .containsPattern("Data of shared_db, phase pre-client: \\d+ of \\d+ table\\(s\\) unchanged, [1-9]\\d* "
                        + "row\\(s\\) removed by design")
                .containsIgnoringCase("REG_RESOURCE_PROPERTY: ROWS_REMOVED_BY_DESIGN");

        ApimHome plain = ApimHome.write(tmp.resolve("b"), other.am, other.shared, other.am.user(),
                CliDatabases.password(), true);
        RunnerProcess.Result off = RunnerProcess.of("migrate", "--phase", "pre-client", "--no-fingerprint",
                "--apim-home", plain.home().toString(), "--registry-xml", plain.registryXml().toString()).run();
        assertThat(off.exitCode()).as(off.describe()).isZero();
        assertThat(off.stdout()).doesNotContain("-> fingerprint");
        RunnerProcess.Result unproven = RunnerProcess.of("verify", "--apim-home", plain.home().toString()).run();
        assertThat(unproven.stdout()).as(unproven.describe()).contains("Data of apim_db: no fingerprint recorded")
                .doesNotContain("Nothing lost in");
    }

    private static void awaitLockFreed(MigrationFixture f) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(MigrationLock.LockUnavailableException.class)
                .until(() -> f.am.jdbi().withHandle(h -> {
                    f.vendor.lock().acquire(h, Migrator.LOCK_NAME).close();
                    return true;
                }));
    }
}
