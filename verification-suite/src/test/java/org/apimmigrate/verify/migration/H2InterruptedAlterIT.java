package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.rows.RowDigest;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * H2 1.4.199 carries out ALTER TABLE ADD/DROP COLUMN by copying the table to {@code <T>_COPY_<session>_<n>},
 * dropping the original and renaming the copy, committing in between; a run killed inside it, or within H2's write
 * delay after it, leaves a committed middle state. Both states are made here on a real H2 1.4.199 file database as
 * H2 leaves them, at the upgrade's first ALTER TABLE AM_API: the original intact beside a copy with all its rows (and
 * a child's foreign key H2 had pointed at the copy), and the original dropped with the copy holding the rows under
 * its temporary name (its index under H2's prefixed name). Preflight names the leftover and does not take it for the
 * user's; the resumed run puts it right and ends where an undisturbed run ends: same schema (WSO2's 4.0.0 after both
 * phases), same rows.
 */
class H2InterruptedAlterIT {

    private static final String COPY = "AM_API_COPY_3_4";

    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("h2");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aCopyBesideItsIntactOriginalIsDropped(Engine engine) {
        resumesToTheUndisturbedEndState(engine, (h, table) -> {
            h.execute("CREATE TABLE " + COPY + " AS SELECT * FROM " + table);
            h.execute("ALTER TABLE " + COPY + " ALTER COLUMN API_ID SET NOT NULL");
            h.execute("ALTER TABLE " + COPY + " ADD CONSTRAINT " + COPY + "_PK PRIMARY KEY (API_ID)");
            // H2 points each child's foreign key at the copy too, under the copy's prefix
            String[] child = h.createQuery("select FKTABLE_NAME, FKCOLUMN_NAME from INFORMATION_SCHEMA.CROSS_REFERENCES "
                    + "where PKTABLE_NAME = 'AM_API' and PKCOLUMN_NAME = 'API_ID' order by FKTABLE_NAME limit 1")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one();
            h.execute("ALTER TABLE " + child[0] + " ADD CONSTRAINT " + COPY + "_" + child[0] + "_FK FOREIGN KEY ("
                    + child[1] + ") REFERENCES " + COPY + "(API_ID)");
            assertThat(count(h, COPY)).isEqualTo(count(h, table)).isPositive();
        });
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aCopyWhoseOriginalIsGoneTakesItsNameBack(Engine engine) {
        resumesToTheUndisturbedEndState(engine, (h, table) -> {
            long rows = count(h, table);
            List<String> indexes = h.createQuery("select distinct INDEX_NAME from INFORMATION_SCHEMA.INDEXES "
                    + "where TABLE_NAME = 'AM_API' and IS_GENERATED = FALSE").mapTo(String.class).list();
            // the original dropped, the copy (children re-pointed at it) under its temporary name
            h.execute("ALTER TABLE " + table + " RENAME TO " + COPY);
            indexes.forEach(i -> h.execute("ALTER INDEX " + i + " RENAME TO " + COPY + "_" + i));
            assertThat(count(h, COPY)).isEqualTo(rows).isPositive();
        });
    }

    /** Stops the pre-client run before its first ALTER TABLE AM_API, leaves what H2 would, and resumes. */
    private static void resumesToTheUndisturbedEndState(Engine engine, BiConsumer<Handle, String> h2Leftover) {
        MigrationFixture base = new MigrationFixture(engine, GeneratorSettings.tiny());
        MigrationFixture undisturbed = base.copy();
        RunReport pre = undisturbed.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE)
                .migrate(Phase.PRE_CLIENT);
        assertThat(pre.succeeded()).as(RunReports.describe(pre)).isTrue();
        MigrationFixture.State afterPreClient = undisturbed.state();
        undisturbed.clientEffect();
        RunReport post = undisturbed.migrator().migrate(Phase.POST_CLIENT);
        assertThat(post.succeeded()).as(RunReports.describe(post)).isTrue();
        MigrationFixture.State expected = undisturbed.state();

        MigrationFixture run = base.copy();
        AtomicReference<String> alter = new AtomicReference<>();
        RunReport stopped = run.migrator(MigrationFixture.versioningOn(), (step, n, sql) -> {
            if (sql.strip().toUpperCase(Locale.ROOT).matches("ALTER TABLE \"?AM_API\"? (ADD|DROP) .*")) {
                alter.set(sql);
                throw new IllegalStateException("stopped before " + sql);
            }
        }).migrate(Phase.PRE_CLIENT);
        assertThat(alter.get()).as("the upgrade alters AM_API with a form H2 copies the table for").isNotNull();
        assertThat(stopped.steps()).anyMatch(s -> s.state() == StepReport.State.FAILED);
        try (Handle h = run.am.jdbi().open()) {
            h2Leftover.accept(h, "AM_API");
        }

        RunReport preflight = run.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE)
                .preflight(Phase.PRE_CLIENT);
        assertThat(preflight.findings()).as(RunReports.describe(preflight))
                .anyMatch(f -> f.code() == FindingCode.INTERRUPTED_STATEMENT_LEFT_OVER && f.message().contains(COPY))
                .noneMatch(Finding::blocks);
        assertThat(preflight.steps().stream().flatMap(s -> s.findings().stream())
                .filter(f -> f.code() == FindingCode.USER_OBJECTS || f.blocks()).map(Finding::message))
                .as("the copy is nobody's object, and nothing blocks").noneMatch(m -> m.contains(COPY))
                .allMatch(m -> !m.isEmpty());
        assertThat(preflight.blocked()).as(RunReports.describe(preflight)).isFalse();

        RunReport resumed = run.migrator(MigrationFixture.versioningOn(), StatementInterceptor.NONE)
                .migrate(Phase.PRE_CLIENT);
        assertThat(resumed.succeeded()).as(RunReports.describe(resumed)).isTrue();
        assertThat(resumed.findings()).anyMatch(f -> f.code() == FindingCode.INTERRUPTED_STATEMENT_LEFT_OVER
                && f.message().contains(COPY) && f.message().contains("put right"));
        assertSameState(run.state(), afterPreClient, "pre-client");

        run.clientEffect();
        RunReport postResumed = run.migrator().migrate(Phase.POST_CLIENT);
        assertThat(postResumed.succeeded()).as(RunReports.describe(postResumed)).isTrue();
        MigrationFixture.State end = run.state();
        assertSameState(end, expected, "post-client");
        assertThat(run.comparableAm(end.amSchema()).diff(run.comparableAm(
                KnownSchema.AM_400.expectedSnapshot(run.vendor))).describe()).as("WSO2's 4.0.0").isEmpty();
    }

    private static void assertSameState(MigrationFixture.State actual, MigrationFixture.State expected, String phase) {
        assertThat(actual.amSchema().tables()).as("after " + phase).doesNotContain(COPY);
        assertThat(actual.amSchema().diff(expected.amSchema()).describe()).as("WSO2AM_DB schema after " + phase)
                .isEmpty();
        assertThat(RowDigest.differences(expected.amRows(), actual.amRows())).as("WSO2AM_DB rows after " + phase)
                .isEmpty();
        assertThat(RowDigest.differences(expected.sharedRows(), actual.sharedRows()))
                .as("SHARED_DB rows after " + phase).isEmpty();
    }

    private static long count(Handle h, String table) {
        return h.createQuery("select count(*) from " + table).mapTo(Long.class).one();
    }
}
