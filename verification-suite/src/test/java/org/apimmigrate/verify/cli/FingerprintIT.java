package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.RootCause;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.fingerprint.DataComparison;
import org.apimmigrate.fingerprint.FingerprintStore;
import org.apimmigrate.fingerprint.Fingerprinter;
import org.apimmigrate.fingerprint.Moment;
import org.apimmigrate.fingerprint.TableFingerprint;
import org.apimmigrate.fingerprint.TableVerdict;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.apimmigrate.verify.registry.RegistryFixture;
import org.jdbi.v3.core.Handle;
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

    /**
     * A phase whose before-fingerprint an earlier version took (MD5-based digests, no scheme named; also the text hash
     * that came before hashing values as they are: "h64" on PostgreSQL, "crc32" on MySQL; and on PostgreSQL the
     * record hash, "r64", that came before hashing each value on its own) is finished with that
     * hash, so a tool upgraded between a stopped run and its resume does not see every table as changed. The earlier
     * digests are worked out here from those versions' formulas.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aFingerprintTakenWithAnEarlierHashIsFinishedWithIt(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            List<TableFingerprint> now = fingerprinter.before(Phase.PRE_CLIENT);
            TableFingerprint path = now.stream().filter(t -> t.table().equalsIgnoreCase("REG_PATH") && t.whole())
                    .findFirst().orElseThrow();
            assertThat(path.rows()).as("REG_PATH has rows").isPositive();
            // PostgreSQL hashes values as they are from 14 on (hash_record_extended); 13 hashes the row as text
            String scheme = !f.vendor.id().equals("postgresql") ? "b32:" : h.createQuery(
                    "SELECT COUNT(*) FROM pg_proc WHERE proname = 'hash_record_extended'").mapTo(Long.class).one() > 0
                    ? "c64:" : "h64:";
            assertThat(path.digest()).as("values hashed as they are where the server can").startsWith(scheme);
            List<String> earlier = earlierDigests(f.vendor.id(), path).stream()
                    .map(q -> h.createQuery(q).mapTo(String.class).one()).toList();
            for (String digest : earlier) {
                List<TableFingerprint> before = withDigest(now, path, digest);
                List<TableFingerprint> after = fingerprinter.after(Phase.PRE_CLIENT, before);
                assertThat(after).as("the same digests, each with the hash it was taken with").isEqualTo(before);
                assertThat(DataComparison.of(Phase.PRE_CLIENT, before, after).unexpected()).isEmpty();
            }
            h.execute("UPDATE REG_PATH SET REG_PATH_VALUE = CONCAT(REG_PATH_VALUE, '/changed') WHERE REG_PATH_ID = "
                    + "(SELECT MIN(REG_PATH_ID) FROM (SELECT REG_PATH_ID FROM REG_PATH) p)");
            for (String digest : earlier) {
                assertThat(fingerprinter.after(Phase.PRE_CLIENT, withDigest(now, path, digest)))
                        .as("a changed row still shows").filteredOn(t -> t.table().equalsIgnoreCase("REG_PATH"))
                        .extracting(TableFingerprint::digest).doesNotContain(digest);
            }
            assertThat(fingerprinter.after(Phase.PRE_CLIENT, now)).filteredOn(t -> t.table()
                    .equalsIgnoreCase("REG_PATH")).extracting(TableFingerprint::digest).doesNotContain(path.digest());
        });
    }

    /**
     * A DBA's table may hold any column type the engine has, also types without a hash function of their own (JSON,
     * XML, geometry, arrays, money, bit strings): each is fingerprinted, gives the same digest again, and a change in
     * any one column shows.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aTableOfEveryKindOfColumnIsFingerprintedAndEachColumnsChangeShows(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            boolean pg = f.vendor.id().equals("postgresql");
            List<String> columns = pg
                    ? List.of("A_JSON JSON", "A_JSONB JSONB", "A_XML XML", "A_UUID UUID", "A_INTERVAL INTERVAL",
                    "A_MONEY MONEY", "A_BITS BIT(3)", "A_FLAG BOOLEAN", "A_INTS INT[]", "A_POINT POINT", "A_INET INET",
                    "A_NUMBER NUMERIC(10,2)", "A_DOUBLE DOUBLE PRECISION", "A_TIME TIME", "A_TIMETZ TIMETZ",
                    "A_STAMP TIMESTAMPTZ", "A_BYTES BYTEA", "A_CHAR CHAR(2)", "A_TEXT TEXT", "A_OID OID")
                    : List.of("A_JSON JSON", "A_BITS BIT(3)", "A_POINT POINT", "A_ENUM ENUM('x','y')",
                    "A_SET SET('x','y')", "A_YEAR YEAR", "A_TIME TIME", "A_DOUBLE DOUBLE", "A_NUMBER DECIMAL(10,2)",
                    "A_BLOB BLOB", "A_BINARY BINARY(4)", "A_STAMP DATETIME(6)", "A_UTF8 VARCHAR(20) CHARACTER SET "
                    + "utf8mb4", "A_LATIN VARCHAR(20) CHARACTER SET latin1");
            String values = pg
                    ? "'{\"a\": 1}', '{\"a\": 1}', '<a>1</a>', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '1 day', 12.5, "
                    + "B'101', true, '{1,2}', '(1,2)', '10.0.0.1', 1.5, 2.5, '10:00', '10:00+02', now(), '\\x0102', "
                    + "'ab', 'text', 7"
                    : "'{\"a\": 1}', b'101', POINT(1, 2), 'x', 'x,y', 2024, '10:00', 2.5, 1.5, X'0102', X'01020304', "
                    + "NOW(6), 'äö', 'äö'";
            h.execute("CREATE TABLE OPS_EVERY_TYPE (ID INT NOT NULL PRIMARY KEY, " + String.join(", ", columns) + ")");
            h.execute("INSERT INTO OPS_EVERY_TYPE VALUES (1, " + values + ")");
            h.execute("INSERT INTO OPS_EVERY_TYPE (ID) VALUES (2)");
            List<TableFingerprint> before = fingerprinter.before(Phase.PRE_CLIENT);
            assertThat(fingerprinter.after(Phase.PRE_CLIENT, before)).as("the same digests again").isEqualTo(before);
            String previous = digestOf(before, "OPS_EVERY_TYPE");
            for (String column : columns) {
                String name = column.substring(0, column.indexOf(' '));
                h.execute("UPDATE OPS_EVERY_TYPE SET " + name + " = NULL WHERE ID = 1");
                String now = digestOf(fingerprinter.after(Phase.PRE_CLIENT, before), "OPS_EVERY_TYPE");
                assertThat(now).as("a change in " + name + " alone").isNotEqualTo(previous);
                previous = now;
            }
        });
    }

    private static String digestOf(List<TableFingerprint> prints, String table) {
        return prints.stream().filter(t -> t.table().equalsIgnoreCase(table) && t.whole()).findFirst().orElseThrow()
                .digest();
    }

    private static List<TableFingerprint> withDigest(List<TableFingerprint> prints, TableFingerprint table,
                                                     String digest) {
        return prints.stream().map(t -> t == table ? new TableFingerprint(t.table(), t.subset(), t.columns(),
                t.rows(), digest) : t).toList();
    }

    /**
     * A table the phase empties of old registry versions is counted, and only the rows it must keep are digested (no
     * verdict compares the rest): a kept row changed is still caught, rows removed are counted as by design. Two
     * connections side by side take the same fingerprints as one.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aTableWhoseRowsThePhaseRemovesIsCountedAndOnlyItsKeptRowsDigested(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            long kept = h.createQuery("SELECT COUNT(*) FROM REG_RESOURCE_PROPERTY WHERE REG_VERSION IS NULL")
                    .mapTo(Long.class).one();
            assertThat(kept).as("the fixture has rows written without versioning").isPositive();
            List<TableFingerprint> before = fingerprinter.before(Phase.PRE_CLIENT);
            assertThat(before).filteredOn(t -> t.table().equalsIgnoreCase("REG_RESOURCE_PROPERTY"))
                    .extracting(TableFingerprint::subset, TableFingerprint::rows, TableFingerprint::digest)
                    .satisfiesExactly(whole -> assertThat(whole.toList().get(2)).isEqualTo(Fingerprinter.ROWS_ONLY),
                            subset -> assertThat(subset.toList()).element(1).isEqualTo(kept));
            assertThat(before).filteredOn(t -> t.table().equalsIgnoreCase("REG_PATH")).extracting(
                    TableFingerprint::digest).singleElement().isNotEqualTo(Fingerprinter.ROWS_ONLY);
            Optional<String> workers = parallelWorkers(f, h);
            assertThat(fingerprinter.alongside(f.shared.jdbi()).before(Phase.PRE_CLIENT))
                    .as("the same fingerprints, in the same order, with a second connection taking half the tables")
                    .isEqualTo(before);
            assertThat(parallelWorkers(f, h)).as("the session's connection is set back after digesting side by side")
                    .isEqualTo(workers);

            h.execute("DELETE FROM REG_RESOURCE_PROPERTY WHERE REG_VERSION IS NOT NULL");
            DataComparison removed = DataComparison.of(Phase.PRE_CLIENT, before,
                    fingerprinter.after(Phase.PRE_CLIENT, before));
            assertThat(removed.unexpected()).isEmpty();
            assertThat(removed.rowsRemovedByDesign()).isPositive();

            h.execute("UPDATE REG_RESOURCE_PROPERTY SET REG_RESOURCE_NAME = 'changed-behind-the-back' "
                    + "WHERE REG_VERSION IS NULL");
            assertThat(DataComparison.of(Phase.PRE_CLIENT, before, fingerprinter.after(Phase.PRE_CLIENT, before))
                    .unexpected()).extracting(v -> v.table().toUpperCase(Locale.ROOT), v -> v.verdict())
                    .containsExactly(tuple("REG_RESOURCE_PROPERTY",
                            TableVerdict.Verdict.CHANGED));
        });
    }

    /**
     * The tables no step changes, digested alongside the steps and locked against writes from before the steps start:
     * a write meanwhile (rows updated, a table emptied by TRUNCATE) waits for the digest, which shows them as the phase
     * found them, and the lock then lets it go at once: a lock someone waited for proves nothing, so the after-
     * fingerprint digests them again and names each change.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void tablesDigestedAlongsideTheStepsShowAsThePhaseFoundThem(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            assertThat(h.createQuery("SELECT COUNT(*) FROM REG_RESOURCE_PROPERTY").mapTo(Long.class).one())
                    .as("the fixture has property rows to empty").isPositive();
            List<TableFingerprint> expected = fingerprinter.before(Phase.POST_CLIENT);
            List<Runnable> held = new ArrayList<>();
            Fingerprinter.Alongside before = fingerprinter.beforeAlongside(Phase.POST_CLIENT, Set.of("REG_LOG"),
                    f.shared.jdbi(), held::add);
            assertThat(before.now()).as("only the table the steps change is digested at once")
                    .extracting(t -> t.table().toUpperCase(Locale.ROOT)).containsOnly("REG_LOG");
            assertThat(held).as("the others wait for the executor").hasSize(1);

            CompletableFuture<Void> update = CompletableFuture.runAsync(() -> f.shared.jdbi().useHandle(other ->
                    other.execute("UPDATE REG_RESOURCE SET REG_DESCRIPTION = 'changed-meanwhile'")));
            CompletableFuture<Void> truncate = CompletableFuture.runAsync(() -> asAnotherSession(f,
                    "TRUNCATE TABLE REG_RESOURCE_PROPERTY"));
            assertThat(waitFor(update, Duration.ofSeconds(1)) || waitFor(truncate, Duration.ofSeconds(1)))
                    .as("writes wait for the lock").isFalse();
            CompletableFuture.runAsync(held.get(0));
            List<TableFingerprint> all = new ArrayList<>(before.now());
            all.addAll(before.later().orTimeout(30, TimeUnit.SECONDS).join());
            assertThat(before.hold().release()).as("a lock someone waited for proves nothing").isFalse();
            update.orTimeout(30, TimeUnit.SECONDS).join();
            truncate.orTimeout(30, TimeUnit.SECONDS).join();
            assertThat(all).as("the tables as the phase found them").containsExactlyInAnyOrderElementsOf(expected);
            assertThat(DataComparison.of(Phase.POST_CLIENT, all, fingerprinter.after(Phase.POST_CLIENT, all))
                    .unexpected()).extracting(v -> v.table().toUpperCase(Locale.ROOT))
                    .contains("REG_RESOURCE", "REG_RESOURCE_PROPERTY");
        });
    }

    /**
     * Where the tables cannot be locked (here a session is writing one of them as the phase starts), the digest
     * alongside reads them in a snapshot opened before the steps start: a change committed after it, or a table
     * emptied by TRUNCATE, never shows in the before-fingerprint, which is the one taken before anything changed, or
     * where the engine cannot show a table as it was (MariaDB, after a TRUNCATE), fails.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void whereTheTablesCannotBeLockedTheSnapshotShowsThemAsFound(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            List<TableFingerprint> expected = fingerprinter.before(Phase.POST_CLIENT);
            List<Runnable> held = new ArrayList<>();
            Fingerprinter.Alongside before;
            try (Handle writer = f.shared.jdbi().open()) {
                writer.begin();
                writer.execute("UPDATE REG_RESOURCE SET REG_DESCRIPTION = 'committed-after-the-snapshot'");
                before = fingerprinter.beforeAlongside(Phase.POST_CLIENT, Set.of("REG_LOG"), f.shared.jdbi(),
                        held::add);
                writer.commit();
            }
            CompletableFuture<Void> truncate = CompletableFuture.runAsync(() -> asAnotherSession(f,
                    "TRUNCATE TABLE REG_RESOURCE_PROPERTY"));
            boolean truncated = waitFor(truncate, Duration.ofSeconds(2));
            CompletableFuture.runAsync(held.get(0));
            List<TableFingerprint> rest;
            try {
                rest = before.later().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertThat(truncated).as("only a table emptied before the digest read it fails it").isTrue();
                assertThat(RootCause.message(e)).containsIgnoringCase("definition has changed");
                truncate.join();
                assertThat(before.hold().release()).as("nothing was locked").isFalse();
                return;
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError("the digest alongside did not finish", e);
            }
            assertThat(before.hold().release()).as("nothing was locked").isFalse();
            truncate.join();
            List<TableFingerprint> all = new ArrayList<>(before.now());
            all.addAll(rest);
            assertThat(all).as("the tables as the phase found them").containsExactlyInAnyOrderElementsOf(expected);
        });
    }

    /**
     * The tables no step changes, locked against writes from their digest until the steps are done, where no one
     * waited for that lock, are as their before-fingerprint: the after-fingerprint takes theirs from it (no second
     * scan), and it is the same as a new digest.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void tablesHeldAgainstWritesNeedNoSecondDigest(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            Fingerprinter.Alongside before = fingerprinter.beforeAlongside(Phase.POST_CLIENT, Set.of("REG_LOG"),
                    f.shared.jdbi(), command -> CompletableFuture.runAsync(command));
            List<TableFingerprint> all = new ArrayList<>(before.now());
            all.addAll(before.later().join());
            h.execute("DELETE FROM REG_LOG");
            assertThat(before.hold().release()).as("held until released").isTrue();

            Set<String> others = all.stream().map(TableFingerprint::table)
                    .filter(t -> !t.equalsIgnoreCase("REG_LOG")).collect(Collectors.toSet());
            List<TableFingerprint> taken = fingerprinter.after(Phase.POST_CLIENT, all);
            List<TableFingerprint> fromTheHold = fingerprinter.after(Phase.POST_CLIENT, all, others);
            assertThat(fromTheHold).as("the held tables' after-fingerprint, and REG_LOG's digested")
                    .containsExactlyInAnyOrderElementsOf(taken);
            assertThat(fromTheHold).filteredOn(t -> t.table().equalsIgnoreCase("REG_LOG"))
                    .extracting(TableFingerprint::rows).containsOnly(0L);
        });
    }

    /**
     * The digest alongside held back by its start signal (while a step keeps two connections busy): it does not run
     * before the signal, and whoever waits for it gives the signal first, so a phase that ends or fails before any step
     * freed a connection still gets the digest instead of waiting forever.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void theDigestAlongsideWaitsForItsStart(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            List<TableFingerprint> expected = fingerprinter.before(Phase.POST_CLIENT);
            CompletableFuture<Void> start = new CompletableFuture<>();
            Fingerprinter.Alongside alongside = fingerprinter.beforeAlongside(Phase.POST_CLIENT, Set.of("REG_LOG"),
                    f.shared.jdbi(), CompletableFuture::runAsync, start);
            await("no digest before the start").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                    .until(() -> !alongside.later().isDone());
            start.complete(null);
            List<TableFingerprint> all = new ArrayList<>(alongside.now());
            all.addAll(alongside.later().orTimeout(30, TimeUnit.SECONDS).join());
            alongside.hold().release();
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);

            CompletableFuture<Void> never = new CompletableFuture<>();
            FingerprintStore.Pending pending = new FingerprintStore(h, fingerprinter).recordBefore(Phase.POST_CLIENT,
                    Set.of("REG_LOG"), f.shared.jdbi(), CompletableFuture::runAsync, never);
            pending.finish().get();
            assertThat(never).as("waiting for the digest gave the start").isDone();
            assertThat(FingerprintStore.read(h, Phase.POST_CLIENT, Moment.BEFORE))
                    .as("the whole before-fingerprint, the same as taken at once")
                    .containsExactlyInAnyOrderElementsOf(expected);
        });
    }

    /**
     * A session that waits for a lock the held-back digest's snapshot holds (a step touching one of its tables after
     * all) starts the digest at once, which then ends and lets go: no step waits for a start that waits for it.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aSessionWaitingForTheSnapshotsLockStartsTheDigest(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            List<TableFingerprint> expected = fingerprinter.before(Phase.POST_CLIENT);
            CompletableFuture<Void> start = new CompletableFuture<>();
            Fingerprinter.Alongside alongside = fingerprinter.beforeAlongside(Phase.POST_CLIENT, Set.of("REG_LOG"),
                    f.shared.jdbi(), CompletableFuture::runAsync, start);
            CompletableFuture<Void> update = CompletableFuture.runAsync(() -> f.shared.jdbi().useHandle(other ->
                    other.execute("UPDATE REG_RESOURCE SET REG_DESCRIPTION = 'changed-meanwhile'")));
            List<TableFingerprint> all = new ArrayList<>(alongside.now());
            all.addAll(alongside.later().orTimeout(30, TimeUnit.SECONDS).join());
            update.orTimeout(30, TimeUnit.SECONDS).join();
            assertThat(start).as("started without the signal").isNotDone();
            assertThat(alongside.hold().release()).as("a lock someone waited for proves nothing").isFalse();
            assertThat(all).as("the tables as the phase found them").containsExactlyInAnyOrderElementsOf(expected);
        });
    }

    /**
     * Where recording the changed tables' digest fails while the digest alongside still waits for its start, the
     * failure gives the start: the held snapshot ends and the failure is thrown, instead of a release that waits for a
     * digest that waits for its start. Another session's lock on the fingerprint table, which lets the store read it
     * but not write, and a lock timeout (PostgreSQL's, per session) make the recording fail.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aRecordingFailingBeforeTheStartEndsTheHeldSnapshot(Engine engine) {
        assumeTrue(engine.vendorId().equals("postgresql"), "a lock timeout per session: PostgreSQL's lock_timeout");
        onSharedDb(engine, (f, h, fingerprinter) -> {
            new FingerprintStore(h, fingerprinter).recordBefore(Phase.PRE_CLIENT);
            try (Handle locker = f.shared.jdbi().open()) {
                locker.begin();
                locker.execute("LOCK TABLE APIM_MIGRATE_FINGERPRINT IN SHARE MODE");
                h.execute("SET lock_timeout = '200ms'");
                CompletableFuture<Void> start = new CompletableFuture<>();
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(() ->
                        new FingerprintStore(h, fingerprinter).recordBefore(Phase.POST_CLIENT, Set.of("REG_LOG"),
                                f.shared.jdbi(), CompletableFuture::runAsync, start))
                        .hasStackTraceContaining("lock timeout"));
                assertThat(start).as("the failure gave the start").isDone();
                locker.rollback();
            } finally {
                h.execute("RESET lock_timeout");
            }
        });
    }

    /**
     * A run stopped while the tables no step changes were still being digested alongside the steps leaves only the
     * changed tables' before-fingerprint: the resumed phase keeps it and digests the others then, so the before-
     * fingerprint ends complete, the same as taken at once.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aResumedPhaseDigestsTheTablesItsFirstRunDidNotFinish(Engine engine) {
        onSharedDb(engine, (f, h, fingerprinter) -> {
            List<TableFingerprint> expected = fingerprinter.before(Phase.POST_CLIENT);
            List<Runnable> held = new ArrayList<>();
            FingerprintStore.Pending stopped = new FingerprintStore(h, fingerprinter).recordBefore(Phase.POST_CLIENT,
                    Set.of("REG_LOG"), f.shared.jdbi(), held::add);
            assertThat(FingerprintStore.read(h, Phase.POST_CLIENT, Moment.BEFORE)).as("what the stopped run recorded")
                    .extracting(t -> t.table().toUpperCase(Locale.ROOT)).containsOnly("REG_LOG");

            FingerprintStore.Pending resumed = new FingerprintStore(h, fingerprinter).recordBefore(Phase.POST_CLIENT,
                    Set.of("REG_LOG"), f.shared.jdbi(), held::add);
            resumed.finish().get();
            assertThat(resumed.now()).as("the resumed run took nothing before its steps").isEmpty();
            assertThat(FingerprintStore.read(h, Phase.POST_CLIENT, Moment.BEFORE))
                    .containsExactlyInAnyOrderElementsOf(expected);
            // the stopped run's digest alongside ends, and lets go of what it holds
            held.forEach(CompletableFuture::runAsync);
            stopped.hold().release();
            assertThat(stopped.now()).extracting(TableFingerprint::table).hasSize(1);
        });
    }

    /**
     * A step that changes a table it does not name among the tables it changes is caught: that table, digested
     * alongside the step, is recorded before and compared after, and the phase's nothing-lost check names it. (That
     * the digest alongside shows a table as the phase found it whenever it runs is the test above.)
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aStepChangingATableItDoesNotNameIsCaught(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        Migrator migrator = new Migrator(List.of(new UndeclaredChange()), Map.of(DatabaseRole.SHARED_DB,
                new TargetDatabase(DatabaseRole.SHARED_DB, f.shared.jdbi(), f.vendor, f.shared.url(), f.shared.name())),
                RegistryFixture.versioningOn(), RunListener.NONE, StatementInterceptor.NONE);
        RunReport report = migrator.migrate(Phase.POST_CLIENT);
        assertThat(report.succeeded()).as(RegistryFixture.describe(List.of(report))).isTrue();
        f.shared.jdbi().useHandle(h -> {
            List<TableFingerprint> before = FingerprintStore.read(h, Phase.POST_CLIENT, Moment.BEFORE);
            assertThat(before).as("every table, the one the step names and the others")
                    .extracting(t -> t.table().toUpperCase(Locale.ROOT)).contains("REG_LOG", "REG_RESOURCE", "REG_PATH");
            assertThat(DataComparison.of(Phase.POST_CLIENT, before, FingerprintStore.read(h, Phase.POST_CLIENT,
                    Moment.AFTER)).unexpected()).extracting(v -> v.table().toUpperCase(Locale.ROOT), v -> v.verdict())
                    .containsExactly(tuple("REG_RESOURCE", TableVerdict.Verdict.CHANGED));
        });
    }

    /** Names REG_LOG as the only table it changes, and changes REG_RESOURCE. */
    private static final class UndeclaredChange implements Step {
        private static final String CHANGE = "UPDATE REG_RESOURCE SET REG_DESCRIPTION = 'changed-by-a-step'";

        public String id() {
            return "undeclared-change";
        }

        public String title() {
            return "changes a table it does not name";
        }

        public Phase phase() {
            return Phase.POST_CLIENT;
        }

        public DatabaseRole database() {
            return DatabaseRole.SHARED_DB;
        }

        @Override
        public Optional<Set<String>> changedTables() {
            return Optional.of(Set.of("REG_LOG"));
        }

        public List<Finding> check(StepContext context) {
            return List.of();
        }

        public StepPlan plan(StepContext context) {
            return new StepPlan(List.of(new StepPlan.Action("change REG_RESOURCE", List.of(CHANGE))), List.of());
        }

        public StepOutcome apply(StepContext context, StepPlan plan) {
            return new StepOutcome(1, context.handle().execute(CHANGE), List.of());
        }

        public String checksum(StepContext context) {
            return CHANGE;
        }
    }

    /**
     * Runs a statement as another session would, tried again where the engine refuses it for a moment, as the
     * toolkit's own statements are: MariaDB gives up on a TRUNCATE after 0.7 s while its own purge threads still use
     * the table, which they may just after the lock this session waited for lets go.
     */
    private static void asAnotherSession(MigrationFixture f, String sql) {
        try {
            f.vendor.transientRefusals().run(sql, () -> {
                try (Connection other = f.shared.connect(); Statement st = other.createStatement()) {
                    st.execute(sql);
                    return 0;
                }
            }, (retry, next) -> { });
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Whether the work finished within the time (it may still be waiting on a lock). */
    private static boolean waitFor(CompletableFuture<Void> work, Duration time) {
        try {
            work.get(time.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** PostgreSQL's parallel workers per query on this connection, which the two connections turn off meanwhile. */
    private static Optional<String> parallelWorkers(MigrationFixture f, Handle h) {
        return f.vendor.id().equals("postgresql")
                ? Optional.of(h.createQuery("SHOW max_parallel_workers_per_gather").mapTo(String.class).one())
                : Optional.empty();
    }

    private interface OnSharedDb {
        void accept(MigrationFixture fixture, Handle handle, Fingerprinter fingerprinter);
    }

    /** A tiny generated 3.2.0 pair, with the shared database's fingerprinter on one connection to it. */
    private static void onSharedDb(Engine engine, OnSharedDb test) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        f.shared.jdbi().useHandle(h -> test.accept(f, h, Fingerprinter.of(h, f.vendor).orElseThrow()));
    }

    /**
     * Queries for a table's digest as earlier versions took it: the sum of the first 60 bits of each row's MD5 (no
     * scheme named), and the sum of a hash of the row as text: hashtextextended on PostgreSQL ("h64"), CRC32 on MySQL
     * ("crc32").
     */
    private static List<String> earlierDigests(String vendor, TableFingerprint table) {
        boolean pg = vendor.equals("postgresql");
        List<String> columns = table.columns().stream().map(c -> pg
                ? "COALESCE('v' || CAST(\"" + c + "\" AS TEXT), 'n')"
                : "COALESCE(CONCAT('v', CAST(`" + c + "` AS CHAR)), 'n')").toList();
        String name = pg ? "\"" + table.table() + "\"" : "`" + table.table() + "`";
        if (!pg) {
            String row = "CONCAT(" + String.join(", '|', ", columns) + ")";
            return List.of("SELECT CAST(COALESCE(SUM(CAST(CONV(SUBSTR(MD5(" + row + "), 1, 15), 16, 10) AS UNSIGNED)), "
                    + "0) AS CHAR) FROM " + name, "SELECT CONCAT('crc32:', CAST(COALESCE(SUM(CRC32(" + row + ")), 0) "
                    + "AS CHAR)) FROM " + name);
        }
        String row = String.join(" || '|' || ", columns);
        // REG_PATH's columns are all of types r64 hashed as they are
        String record = "ROW(" + table.columns().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
                + ")";
        return List.of("SELECT CAST(COALESCE(SUM(('x' || SUBSTR(MD5(" + row + "), 1, 15))::BIT(60)::BIGINT), 0) AS "
                + "VARCHAR(64)) FROM " + name, "SELECT 'h64:' || CAST(COALESCE(SUM(hashtextextended(" + row
                + ", 0)), 0) AS VARCHAR(64)) FROM " + name, "SELECT 'r64:' || CAST(COALESCE(SUM(hash_record_extended("
                + record + ", 0)), 0) AS VARCHAR(64)) FROM " + name);
    }

    private static void awaitLockFreed(MigrationFixture f) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(MigrationLock.LockUnavailableException.class)
                .until(() -> f.am.jdbi().withHandle(h -> {
                    f.vendor.lock().acquire(h, Migrator.LOCK_NAME).close();
                    return true;
                }));
    }
}
