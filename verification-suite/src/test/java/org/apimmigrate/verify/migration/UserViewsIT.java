package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.EngineSql;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.rows.RowDigest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user's views. Views over what the upgrade leaves as it is are listed by preflight, stay through both phases
 * (reading the same rows) and are named by verify, which passes. Views over what the upgrade drops, renames or
 * retypes (and over a table WSO2's client drops) are refused before anything changes, each named with what it reads;
 * with them dropped, as the refusal says, the migration runs.
 */
class UserViewsIT {

    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("postgresql", "mysql", "h2");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void viewsOverWhatTheUpgradeLeavesAloneAreListedKeptAndReported(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny(), DatabaseSetup.AS_WSO2_DOCUMENTS);
        run(f.am, "user-views");
        run(f.shared, "user-views-shared");
        if (EngineSql.exists(f.am.vendorId(), "user-view-trigger")) {
            run(f.am, "user-view-trigger");
        }
        List<String> overviewBefore = rows(f.am, "SELECT * FROM OPS_API_OVERVIEW");
        assertThat(overviewBefore).as("the view reads rows").isNotEmpty();
        List<SnapshotLine> viewsBefore = views(f.snapshot(f.am), f.snapshot(f.shared));
        assertThat(viewsBefore).extracting(l -> l.fields().get(0))
                .containsExactly("OPS_API_OVERVIEW", "OPS_REG_PROPERTY_NAMES");
        assertThat(f.snapshot(f.am).tables()).as("neither a view's columns nor its triggers are a table's")
                .doesNotContain("OPS_API_OVERVIEW");

        RunReport preflight = migrator(f).preflight(Phase.PRE_CLIENT);
        assertThat(preflight.succeeded()).as(RunReports.describe(preflight)).isTrue();
        String listed = preflight.steps().stream().flatMap(s -> s.findings().stream())
                .filter(x -> x.code() == FindingCode.USER_OBJECTS).map(Finding::message)
                .collect(Collectors.joining("\n"));
        assertThat(listed).contains("apim_db: not part of WSO2's schema, yours, left as it is",
                "view OPS_API_OVERVIEW", "view OPS_REG_PROPERTY_NAMES");

        VerificationResult verified = f.migrateBothPhasesAndVerify();
        assertThat(verified.failed()).as("verify").isEmpty();
        CheckResult users = verified.checks().stream().filter(c -> c.id().equals("schema.user_objects")).findFirst()
                .orElseThrow();
        assertThat(users.title()).isEqualTo("Not WSO2's, left as they were (not compared)");
        assertThat(users.details()).contains("WSO2AM_DB: view OPS_API_OVERVIEW", "SHARED_DB: view OPS_REG_PROPERTY_NAMES");

        assertThat(views(f.snapshot(f.am), f.snapshot(f.shared))).as("the views, as they were defined")
                .isEqualTo(viewsBefore);
        assertThat(rows(f.am, "SELECT * FROM OPS_API_OVERVIEW")).isEqualTo(overviewBefore);
        assertThat(rows(f.shared, "SELECT * FROM OPS_REG_PROPERTY_NAMES")).as("the view reads the cleaned table")
                .isEqualTo(rows(f.shared, "SELECT REG_ID, REG_NAME, REG_TENANT_ID FROM REG_PROPERTY"));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void viewsOverWhatTheUpgradeChangesAreRefusedBeforeAnyChange(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny(), DatabaseSetup.AS_WSO2_DOCUMENTS);
        run(f.am, "user-views-over-changes");
        run(f.shared, "user-views-over-changes-shared");
        MigrationFixture.State before = f.state();

        RunReport preflight = migrator(f).preflight(Phase.PRE_CLIENT);
        RunReport refused = f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> {
            throw new AssertionError("a refused run ran " + sql);
        }).migrate(Phase.PRE_CLIENT);

        for (RunReport r : List.of(preflight, refused)) {
            assertThat(r.succeeded()).as(RunReports.describe(r)).isFalse();
            List<Finding> blockers = r.steps().stream().flatMap(s -> s.findings().stream())
                    .filter(x -> x.code() == FindingCode.USER_VIEWS_READ_CHANGED_OBJECTS).toList();
            String messages = blockers.stream().map(Finding::message).collect(Collectors.joining("\n"));
            assertThat(blockers).allMatch(Finding::blocks);
            assertThat(messages).contains(
                    "view OPS_COMMENT_AUTHORS reads AM_API_COMMENTS.COMMENTED_USER (rename column",
                    "view OPS_COMMENT_AUTHORS reads AM_API_COMMENTS.COMMENT_ID (alter column",
                    "view OPS_GATEWAY_LABELS reads AM_LABELS (dropped by WSO2's migration client",
                    "view OPS_RESOURCE_CREATORS reads REG_RESOURCE.REG_CREATOR (alter column");
            assertThat(messages).doesNotContain("REG_LAST_UPDATOR");
        }
        MigrationFixture.State after = f.state();
        // the toolkit's own lock row table (where the lock is a row) aside
        assertThat(withoutToolkits(after.amSchema())).isEqualTo(withoutToolkits(before.amSchema()));
        assertThat(withoutToolkits(after.sharedSchema())).isEqualTo(withoutToolkits(before.sharedSchema()));
        assertThat(after.amRows()).isEqualTo(before.amRows());
        assertThat(after.sharedRows()).isEqualTo(before.sharedRows());
        assertThat(views(after.amSchema(), after.sharedSchema())).extracting(l -> l.fields().get(0))
                .containsExactly("OPS_COMMENT_AUTHORS", "OPS_GATEWAY_LABELS", "OPS_RESOURCE_CREATORS");

        // the fix the refusal names: with those views dropped, the same databases migrate
        run(f.am, "user-views-over-changes-dropped");
        run(f.shared, "user-views-over-changes-shared-dropped");
        RunReport fixed = migrator(f).migrate(Phase.PRE_CLIENT);
        assertThat(fixed.succeeded()).as(RunReports.describe(fixed)).isTrue();
    }

    private static Migrator migrator(MigrationFixture f) {
        return f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> { });
    }

    private static void run(TestDatabase db, String purpose) {
        try (Connection c = db.connect()) {
            EngineSql.run(c, db.vendorId(), purpose, Map.of());
        } catch (SQLException e) {
            throw new IllegalStateException(purpose + ": " + e.getMessage(), e);
        }
    }

    private static Snapshot withoutToolkits(Snapshot s) {
        return s.filter(l -> !RowDigest.toolOwned(l.table() != null ? l.table() : l.fields().get(0)));
    }

    private static List<SnapshotLine> views(Snapshot am, Snapshot shared) {
        return Stream.concat(am.lines().stream(), shared.lines().stream())
                .filter(l -> l.kind() == SnapshotLine.Kind.VIEW).sorted().toList();
    }

    /** Every row the query returns as canonical text, sorted. */
    private static List<String> rows(TestDatabase db, String sql) {
        return RowDigest.rows(db, sql).stream().sorted().toList();
    }
}
