package org.apimmigrate.verify.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.check.RegistryInvariants;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.steps.Steps;
import org.apimmigrate.verify.engine.Engine;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry clean-up and re-index reach the end state worked out independently from the rows before the run:
 * old versions' association rows gone, current ones carrying path and name, unreferenced value rows gone, REG_LOG one
 * row per path; rows written without versioning byte for byte as they were; every other table and the whole schema
 * unchanged; and a second run changes nothing. Both ways of cleaning are covered: rebuilding from the survivors (most
 * rows go) where the vendor's SQL can, and in place (few go). A clean-up chosen away changes nothing, and the checks
 * that need it say so.
 */
class RegistryCleanupIT {

    static Stream<Arguments> engines() {
        return RegistryEngines.engines();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void mostRowsGoneReachesTheExpectedStateAndASecondRunChangesNothing(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        List<RunReport> reports = runAndCheck(f);
        boolean rebuilds = !engine.vendorId().equals("h2");
        assertThat(statements(reports, Steps.REGISTRY_VERSIONING_CLEANUP))
                .as("the clean-up rebuilds from the survivors where the vendor's SQL can")
                .anyMatch(s -> s.toUpperCase().startsWith("TRUNCATE") == rebuilds);

        RegistryFixture.State done = f.state();
        assertThat(f.migrate(StatementInterceptor.NONE)).allSatisfy(r -> assertThat(r.steps())
                .extracting(StepReport::state).containsOnly(StepReport.State.ALREADY_DONE));

        f.shared.jdbi().useHandle(h -> h.execute("DELETE FROM " + Journal.TABLE));
        List<RunReport> again = f.migrate(StatementInterceptor.NONE);
        assertThat(again).as(RegistryFixture.describe(again)).allMatch(RunReport::succeeded);
        assertThat(statements(again, Steps.REGISTRY_VERSIONING_CLEANUP)).as("nothing left to rebuild")
                .noneMatch(s -> s.toUpperCase().startsWith("TRUNCATE"));
        RegistryFixture.State twice = f.state();
        assertThat(twice.schema().diff(done.schema()).describe()).as("schema after a second run").isEmpty();
        assertThat(twice.rows()).as("rows after a second run").isEqualTo(done.rows());
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void fewRowsGoneAreCleanedInPlace(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        // keep the old-version rows of every 25th version only: a few percent of each association table. The
        // connection stays open to the end: H2 then keeps the database open instead of closing and reopening the file
        // right after the deletes, which H2 2.3 has been seen to read back as corrupted.
        List<RunReport> reports;
        try (Handle h = f.shared.jdbi().open()) {
            for (ExpectedRegistry.Pair p : ExpectedRegistry.PAIRS) {
                String x = p.association();
                h.execute("DELETE FROM " + x + " WHERE REG_VERSION IS NOT NULL AND MOD(REG_VERSION, 25) <> 0 AND NOT "
                        + "EXISTS (SELECT 1 FROM REG_RESOURCE r WHERE r.REG_VERSION = " + x + ".REG_VERSION AND "
                        + "r.REG_TENANT_ID = " + x + ".REG_TENANT_ID)");
            }
            reports = runAndCheck(f);
        }
        assertThat(statements(reports, Steps.REGISTRY_VERSIONING_CLEANUP)).as("cleaned in place")
                .noneMatch(s -> s.toUpperCase().startsWith("TRUNCATE"))
                .anyMatch(s -> s.toUpperCase().startsWith("DELETE"));
    }

    /**
     * With the clean-up chosen away (--registry-versioning=skip) on a registry that had versioning, the phase changes
     * no row, and the registry checks that need the clean-up fail saying it was skipped by choice, where they would
     * otherwise look like damage; the re-index still runs and its checks pass.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aCleanUpSkippedByChoiceIsNamedByTheChecksThatNeedIt(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        Map<String, String> before = f.state().rows();
        StepContext.MigrationOptions skip = new StepContext.MigrationOptions(new StepContext.RegistryVersioning(true,
                StepContext.RegistryVersioning.Choice.SKIP, "test registry.xml"), Set.of());

        RunReport pre = f.migrator(skip, RunListener.NONE, StatementInterceptor.NONE).migrate(Phase.PRE_CLIENT);
        assertThat(pre.succeeded()).as(RegistryFixture.describe(List.of(pre))).isTrue();
        assertThat(f.state().rows()).as("no row changed by a skipped clean-up").isEqualTo(before);
        assertThat(f.migrator(skip, RunListener.NONE, StatementInterceptor.NONE).migrate(Phase.POST_CLIENT)
                .succeeded()).isTrue();

        List<CheckResult> checks = f.shared.jdbi().withHandle(h -> RegistryInvariants.run(h, f.vendor));
        assertThat(checks).filteredOn(c -> c.id().equals("registry.path-set.REG_RESOURCE_PROPERTY")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse())
                .extracting(c -> c.details().get(0), InstanceOfAssertFactories.STRING)
                .contains("row(s) without REG_PATH_ID: registry-versioning-cleanup did not run: clean-up skipped by "
                        + "explicit choice (journal, ");
        assertThat(checks).filteredOn(c -> c.id().startsWith("registry.log.")).hasSize(2)
                .allMatch(CheckResult::passed);
    }

    /**
     * A DBA's table with a foreign key to a value table: emptying and refilling REG_PROPERTY would fail on it (or, with
     * the checks off, leave its rows pointing at values that went), so that pair is cleaned in place; everything else
     * still reaches the expected state, and the DBA's row and key stay.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("rebuildingEngines")
    void aValueTableAnotherTableRefersToIsCleanedInPlace(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        f.shared.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE OPS_PROPERTY_NOTE (REG_ID INTEGER NOT NULL, REG_TENANT_ID INTEGER NOT NULL, "
                    + "NOTE VARCHAR(20), CONSTRAINT OPS_PROPERTY_NOTE_FK FOREIGN KEY (REG_ID, REG_TENANT_ID) "
                    + "REFERENCES REG_PROPERTY (REG_ID, REG_TENANT_ID))");
            h.execute("INSERT INTO OPS_PROPERTY_NOTE (REG_ID, REG_TENANT_ID, NOTE) SELECT MIN(REG_PROPERTY_ID), "
                    + "MIN(REG_TENANT_ID), 'kept' FROM REG_RESOURCE_PROPERTY WHERE REG_VERSION IS NULL");
        });
        List<RunReport> reports = runAndCheck(f);
        assertThat(statements(reports, Steps.REGISTRY_VERSIONING_CLEANUP)).as("REG_PROPERTY is never emptied")
                .noneMatch(s -> s.toUpperCase().startsWith("TRUNCATE") && s.toUpperCase().contains("REG_PROPERTY"))
                .anyMatch(s -> s.toUpperCase().startsWith("TRUNCATE"));
        assertThat(reports.get(0).steps()).filteredOn(s -> s.stepId().equals(Steps.REGISTRY_VERSIONING_CLEANUP))
                .flatExtracting(s -> s.plan().notes()).anyMatch(n -> n.contains("OPS_PROPERTY_NOTE"));
        long notes = f.shared.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM OPS_PROPERTY_NOTE")
                .mapTo(Long.class).one());
        assertThat(notes).as("the DBA's row").isEqualTo(1L);
    }

    /**
     * The four pairs are cleaned on two connections at once, each pair wholly on one of them (on PostgreSQL in a
     * transaction of its own); H2 cleans them one after the other on its one connection. Either way the end state is
     * the one worked out from the rows before.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void pairsAreCleanedSideBySideEachOnOneConnection(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        Set<String> connections = ConcurrentHashMap.newKeySet();
        Map<String, Set<String>> connectionsByPair = new ConcurrentHashMap<>();
        runAndCheck(f, (step, n, sql) -> {
            if (step.equals(Steps.REGISTRY_VERSIONING_CLEANUP)) {
                String thread = Thread.currentThread().getName();
                connections.add(thread);
                Matcher pair = PAIR.matcher(sql);
                if (pair.find()) {
                    connectionsByPair.computeIfAbsent(PAIR_NAMES.getOrDefault(pair.group(2).toUpperCase(),
                            pair.group(2).toUpperCase()), k -> ConcurrentHashMap.newKeySet()).add(thread);
                }
            }
        });
        boolean sideBySide = !engine.vendorId().equals("h2");
        assertThat(connections).as("threads the clean-up's statements ran on").hasSize(sideBySide ? 2 : 1);
        assertThat(connectionsByPair).as("each pair on one connection").containsOnlyKeys(PAIR_NAMES.values())
                .allSatisfy((pair, threads) -> assertThat(threads).as(pair).hasSize(1));
    }

    /**
     * PostgreSQL: a statement that fails on one connection while the other is halfway through REG_RESOURCE_PROPERTY's
     * pair stops that one too, and its pair's transaction rolls back rather than commit half a refill: the pair's
     * tables are as they were and no work table is left; the next run cleans everything.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("postgresEngines")
    void aFailureOnOneConnectionRollsBackThePairTheOtherIsIn(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        Map<String, String> before = f.state().rows();
        String[] propertiesThread = {null};
        boolean[] propertiesDone = {false};
        List<RunReport> failed = f.migrate((step, n, sql) -> {
            if (!step.equals(Steps.REGISTRY_VERSIONING_CLEANUP)) {
                return;
            }
            String thread = Thread.currentThread().getName();
            Matcher pair = PAIR.matcher(sql);
            String name = pair.find() ? PAIR_NAMES.get(pair.group(2).toUpperCase()) : null;
            if ("PROPERTY".equals(name)) {
                propertiesThread[0] = thread;
                propertiesDone[0] |= sql.toUpperCase().startsWith("DROP TABLE APIM_MIGRATE_RRP_KEEP_P");
            } else if (name != null && propertiesThread[0] != null && !thread.equals(propertiesThread[0])
                    && !propertiesDone[0]) {
                throw new IllegalStateException("stopped on the other connection: " + sql);
            }
        });
        assertThat(failed).as(RegistryFixture.describe(failed)).anyMatch(RunReport::failed);
        Map<String, String> after = f.state().rows();
        assertThat(Map.of("REG_RESOURCE_PROPERTY", after.get("REG_RESOURCE_PROPERTY"), "REG_PROPERTY",
                after.get("REG_PROPERTY"))).as("the pair the other connection was in, rolled back")
                .isEqualTo(Map.of("REG_RESOURCE_PROPERTY", before.get("REG_RESOURCE_PROPERTY"), "REG_PROPERTY",
                        before.get("REG_PROPERTY")));
        assertThat(f.snapshot().tables()).as("work tables left")
                .noneMatch(t -> t.toUpperCase().matches("APIM_MIGRATE_.*_(KEEP|BUILD)_.*"));
        runAndCheck(f);
    }

    private static final Pattern PAIR = Pattern.compile(
            "(?i)(REG_RESOURCE_|REG_|APIM_MIGRATE_)(PROPERTY|TAG|COMMENT|RATING|RRP|RRT|RRC|RRR)");
    private static final Map<String, String> PAIR_NAMES = Map.of("RRP", "PROPERTY", "RRT", "TAG", "RRC", "COMMENT",
            "RRR", "RATING", "PROPERTY", "PROPERTY", "TAG", "TAG", "COMMENT", "COMMENT", "RATING", "RATING");

    /** The engines whose SQL rebuilds from the survivors (H2's cleans in place only). */
    static Stream<Arguments> rebuildingEngines() {
        return org.apimmigrate.verify.engine.EngineMatrix.enginesOneEmbeddedPerVendor("postgresql", "mysql");
    }

    static Stream<Arguments> mysqlEngines() {
        return org.apimmigrate.verify.engine.EngineMatrix.enginesOneEmbeddedPerVendor("mysql");
    }

    /**
     * Managed MySQL services and Galera refuse a table without a primary key (MariaDB {@code innodb_force_primary_key},
     * MySQL {@code sql_require_primary_key}): the rebuild's work tables have one. The server-wide switch is turned on
     * only around the run (the 3.2.0 registry itself has tables without a key) and put back whatever happens.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("mysqlEngines")
    void theRebuildRunsWhereEveryTableNeedsAPrimaryKey(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        String variable = engine.version().startsWith("MariaDB") ? "innodb_force_primary_key"
                : "sql_require_primary_key";
        String before = f.shared.jdbi().withHandle(h -> h.createQuery("SELECT @@GLOBAL." + variable)
                .mapTo(String.class).one());
        f.shared.jdbi().useHandle(h -> h.execute("SET GLOBAL " + variable + " = 1"));
        try {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> f.shared.jdbi().useHandle(h ->
                    h.execute("CREATE TABLE APIM_TEST_NO_KEY (A INT)")))).as("the server refuses a table without a "
                    + "primary key").isNotNull();
            List<RunReport> reports = runAndCheck(f);
            assertThat(statements(reports, Steps.REGISTRY_VERSIONING_CLEANUP)).as("rebuilt from the survivors")
                    .anyMatch(s -> s.toUpperCase().startsWith("TRUNCATE"))
                    .noneMatch(s -> s.toUpperCase().matches("(?s)CREATE TABLE \\S+ (ENGINE=\\S+ )?AS .*"));
            assertThat(statements(reports, Steps.REGISTRY_LOG_REINDEX)).as("REG_LOG rebuilt from the survivors")
                    .anyMatch(s -> s.toUpperCase().startsWith("TRUNCATE"));
        } finally {
            f.shared.jdbi().useHandle(h -> h.execute("SET GLOBAL " + variable + " = " + (before.equals("1")
                    || before.equalsIgnoreCase("ON") ? 1 : 0)));
        }
    }

    /**
     * A TRUNCATE the server refuses within seconds, having done nothing (MariaDB gives up on one after 0.7 s while its
     * own purge threads still use the table), is tried again and the run goes on: here the refusal is a
     * lock wait cut short (lock_wait_timeout of one second, server-wide only around the run) by another session
     * holding REG_LOG for a second and a half as the re-index empties it. The step's report says so.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("mysqlEngines")
    void aTruncateRefusedForAMomentIsTriedAgain(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        String before = f.shared.jdbi().withHandle(h -> h.createQuery("SELECT @@GLOBAL.lock_wait_timeout")
                .mapTo(String.class).one());
        AtomicReference<CompletableFuture<Void>> released = new AtomicReference<>();
        try (Handle other = f.shared.jdbi().open()) {
            f.shared.jdbi().useHandle(h -> h.execute("SET GLOBAL lock_wait_timeout = 1"));
            List<RunReport> reports = runAndCheck(f, (step, n, sql) -> {
                if (step.equals(Steps.REGISTRY_LOG_REINDEX) && sql.toUpperCase().startsWith("TRUNCATE")
                        && released.get() == null) {
                    other.execute("LOCK TABLES REG_LOG WRITE");
                    released.set(CompletableFuture.runAsync(() -> other.execute("UNLOCK TABLES"),
                            CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS)));
                }
            });
            assertThat(released.get()).as("REG_LOG was held as the re-index emptied it").isNotNull();
            released.get().join();
            assertThat(reports.stream().flatMap(r -> r.steps().stream())
                    .filter(s -> s.stepId().equals(Steps.REGISTRY_LOG_REINDEX)).flatMap(s -> s.notes().stream())
                    .filter(note -> note instanceof StepReport.Note.Waited).map(StepReport.Note::text))
                    .as("the re-index's report").anySatisfy(note -> assertThat(note)
                            .contains("refused for a moment", "tried again", "TRUNCATE TABLE REG_LOG"));
        } finally {
            f.shared.jdbi().useHandle(h -> h.execute("SET GLOBAL lock_wait_timeout = " + before));
        }
    }

    static Stream<Arguments> postgresEngines() {
        return org.apimmigrate.verify.engine.EngineMatrix.enginesOneEmbeddedPerVendor("postgresql");
    }

    /**
     * PostgreSQL takes a value table's primary key off for the refill and adds it once afterwards: it comes back with
     * its name and definition (the whole schema is compared), while a key the table is clustered on stays in place,
     * and the clustering with it.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("postgresEngines")
    void theValueTablesKeyIsAddedOnceAfterTheRefillUnlessTheTableIsClusteredOnIt(Engine engine) {
        RegistryFixture f = RegistryFixture.generated(engine, GeneratorSettings.small());
        String keyOf = "SELECT k.oid FROM pg_constraint k WHERE k.contype = 'p' AND k.conrelid = CAST(:t AS regclass)";
        f.shared.jdbi().useHandle(h -> h.execute("ALTER TABLE REG_TAG CLUSTER ON " + h.createQuery(
                "SELECT c.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conindid WHERE k.contype = 'p' "
                        + "AND k.conrelid = CAST('reg_tag' AS regclass)").mapTo(String.class).one()));
        Map<String, Long> keysBefore = f.shared.jdbi().withHandle(h -> Map.of(
                "REG_PROPERTY", h.createQuery(keyOf).bind("t", "reg_property").mapTo(Long.class).one(),
                "REG_TAG", h.createQuery(keyOf).bind("t", "reg_tag").mapTo(Long.class).one()));

        runAndCheck(f);

        f.shared.jdbi().useHandle(h -> {
            assertThat(h.createQuery(keyOf).bind("t", "reg_property").mapTo(Long.class).one())
                    .as("REG_PROPERTY's key added again after the refill").isNotEqualTo(keysBefore.get("REG_PROPERTY"));
            assertThat(h.createQuery(keyOf).bind("t", "reg_tag").mapTo(Long.class).one())
                    .as("REG_TAG's key, which the table is clustered on, kept").isEqualTo(keysBefore.get("REG_TAG"));
            assertThat(h.createQuery("SELECT i.indisclustered FROM pg_index i JOIN pg_constraint k "
                    + "ON k.conindid = i.indexrelid WHERE k.contype = 'p' AND k.conrelid = CAST('reg_tag' AS regclass)")
                    .mapTo(Boolean.class).one()).as("REG_TAG still clustered on its key").isTrue();
        });
    }

    /** The rows of each table the clean-up empties and refills, by table. */
    private static Map<String, Long> cleanedTablesRows(RegistryFixture f) {
        Map<String, Long> rows = new TreeMap<>();
        f.shared.jdbi().useHandle(h -> ExpectedRegistry.PAIRS.forEach(p -> Stream.of(p.association(), p.value())
                .forEach(t -> rows.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one()))));
        return rows;
    }

    private static long total(Map<String, Long> rows) {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Runs both steps and checks the end state against the one worked out from the rows before. */
    private static List<RunReport> runAndCheck(RegistryFixture f) {
        return runAndCheck(f, StatementInterceptor.NONE);
    }

    private static List<RunReport> runAndCheck(RegistryFixture f, StatementInterceptor watching) {
        RegistryFixture.State before = f.state();
        Map<String, String> expected = ExpectedRegistry.afterBothSteps(f.shared);
        Map<String, String> nonVersioned = ExpectedRegistry.nonVersioned(f.shared);
        assertThat(nonVersioned.get("REG_RESOURCE_PROPERTY")).as("the data has non-versioned rows")
                .doesNotStartWith("0 rows");
        assertThat(expected.get("REG_RESOURCE_PROPERTY")).as("the clean-up has rows to remove")
                .isNotEqualTo(before.rows().get("REG_RESOURCE_PROPERTY"));

        long cleanedBefore = total(cleanedTablesRows(f));
        List<RunReport> reports = f.migrate(watching);
        assertThat(reports).as(RegistryFixture.describe(reports)).hasSize(2).allMatch(RunReport::succeeded);
        Map<String, Long> rowsNow = cleanedTablesRows(f);
        assertThat(reports.get(0).steps()).filteredOn(s -> s.stepId().equals(Steps.REGISTRY_VERSIONING_CLEANUP))
                .extracting(s -> s.outcome().rowsAffected()).as("rows the clean-up reports removed")
                .containsExactly(cleanedBefore - total(rowsNow));
        Map<String, Long> reported = new TreeMap<>();
        reports.get(0).steps().stream().filter(s -> s.stepId().equals(Steps.REGISTRY_VERSIONING_CLEANUP))
                .flatMap(s -> s.outcome().notes().stream())
                .filter(StepOutcome.Note.RowsRemoved.class::isInstance).map(StepOutcome.Note.RowsRemoved.class::cast)
                .forEach(n -> reported.put(n.table(), n.after()));
        assertThat(reported).as("each table's rows after the clean-up, as its report tells them").isEqualTo(rowsNow);

        RegistryFixture.State after = f.state();
        Map<String, String> changed = new TreeMap<>();
        expected.keySet().forEach(t -> changed.put(t, after.rows().get(t)));
        assertThat(changed).as("tables the registry steps change").isEqualTo(expected);
        Map<String, String> untouchedBefore = new TreeMap<>(before.rows());
        Map<String, String> untouchedAfter = new TreeMap<>(after.rows());
        untouchedBefore.keySet().removeAll(expected.keySet());
        untouchedAfter.keySet().removeAll(expected.keySet());
        assertThat(untouchedAfter).as("every other table").isEqualTo(untouchedBefore);
        assertThat(ExpectedRegistry.nonVersioned(f.shared)).as("rows written without versioning")
                .isEqualTo(nonVersioned);
        assertThat(after.schema().diff(before.schema()).describe()).as("SHARED_DB schema before vs after").isEmpty();
        assertThat(f.snapshot().tables()).as("no work table left behind")
                .noneMatch(t -> t.toUpperCase().startsWith("APIM_MIGRATE_") && !t.equalsIgnoreCase(Journal.TABLE)
                        && !t.equalsIgnoreCase(org.apimmigrate.fingerprint.FingerprintStore.TABLE)
                        && !t.toUpperCase().contains("LOCK"));
        return reports;
    }

    static List<String> statements(List<RunReport> reports, String stepId) {
        return reports.stream().flatMap(r -> r.steps().stream()).filter(s -> s.stepId().equals(stepId))
                .filter(s -> s.plan() != null).flatMap(s -> s.plan().actions().stream())
                .flatMap(a -> a.statements().stream()).toList();
    }
}
