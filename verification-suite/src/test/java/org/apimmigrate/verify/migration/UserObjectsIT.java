package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.EngineSql;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A DBA's own table, column, indexes and views: preflight lists them, the migration carries them through (the index on a
 * renamed column included), verify names them and passes. A table of the user's under a 4.0.0 name, or a missing
 * WSO2 column, is refused before anything changes.
 */
class UserObjectsIT {

    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("postgresql", "mysql");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void usersObjectsAreListedKeptAndReported(Engine engine) {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny(), DatabaseSetup.USER_OBJECTS);
        Map<String, String> auditBefore = rows(f, "SELECT AUDIT_ID, NOTE FROM OPS_API_AUDIT");
        Map<String, String> ownersBefore = rows(f, "SELECT API_ID, OPS_OWNER FROM AM_API");

        RunReport preflight = migrator(f).preflight(Phase.PRE_CLIENT);
        assertThat(preflight.succeeded()).as(RunReports.describe(preflight)).isTrue();
        String listed = preflight.steps().stream().flatMap(s -> s.findings().stream())
                .filter(x -> x.code() == FindingCode.USER_OBJECTS).map(Finding::message)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(listed).contains("table OPS_API_AUDIT", "column AM_API.OPS_OWNER", "OPS_AM_API_CREATED",
                "OPS_COMMENTS_USER", "index REG_PROPERTY.OPS_REG_PROPERTY_NAME", "view OPS_API_OVERVIEW",
                "view OPS_REG_PROPERTY_NAMES");

        VerificationResult verified = f.migrateBothPhasesAndVerify();
        assertThat(verified.failed()).as("verify").isEmpty();
        CheckResult users = verified.checks().stream().filter(c -> c.id().equals("schema.user_objects")).findFirst()
                .orElseThrow();
        assertThat(String.join("\n", users.details())).contains("table OPS_API_AUDIT", "AM_API.OPS_OWNER",
                "OPS_AM_API_CREATED", "OPS_COMMENTS_USER");
        assertThat(String.join("\n", users.details())).contains("SHARED_DB: index REG_PROPERTY.OPS_REG_PROPERTY_NAME",
                "WSO2AM_DB: view OPS_API_OVERVIEW", "SHARED_DB: view OPS_REG_PROPERTY_NAMES");
        assertThat(f.snapshot(f.shared).lines()).as("the user's index on a table the registry clean-up rebuilds")
                .anyMatch(l -> l.kind() == org.apimmigrate.api.schema.SnapshotLine.Kind.IDX
                        && l.fields().get(1).equals("OPS_REG_PROPERTY_NAME"));
        assertThat(f.snapshot(f.am).lines()).anyMatch(l -> l.kind() == org.apimmigrate.api.schema.SnapshotLine.Kind.IDX
                && l.fields().get(1).equals("OPS_COMMENTS_USER") && l.fields().get(2).contains("CREATED_BY"));
        assertThat(rows(f, "SELECT AUDIT_ID, NOTE FROM OPS_API_AUDIT")).isEqualTo(auditBefore);
        assertThat(rows(f, "SELECT API_ID, OPS_OWNER FROM AM_API")).isEqualTo(ownersBefore);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aCollisionOrAMissingWso2ObjectIsRefusedBeforeAnyChange(Engine engine) {
        for (String setup : java.util.List.of("user-object-collides", "wso2-column-dropped")) {
            MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny(), DatabaseSetup.AS_WSO2_DOCUMENTS);
            try (Connection c = f.am.connect()) {
                EngineSql.run(c, engine.vendorId(), setup, Map.of());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            MigrationFixture.State before = f.state();
            RunReport refused = f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> {
                throw new AssertionError("a refused run ran " + sql);
            }).migrate(Phase.PRE_CLIENT);
            assertThat(refused.succeeded()).as(RunReports.describe(refused)).isFalse();
            assertThat(RunReports.describe(refused)).as(setup).contains(setup.equals("user-object-collides")
                    ? "AM_GATEWAY_ENVIRONMENT" : "AM_API.CREATED_BY");
            MigrationFixture.State after = f.state();
            assertThat(after.amSchema()).as(setup).isEqualTo(before.amSchema());
            assertThat(after.sharedSchema()).as(setup).isEqualTo(before.sharedSchema());
            assertThat(after.amRows()).as(setup).isEqualTo(before.amRows());
            assertThat(after.sharedRows()).as(setup).isEqualTo(before.sharedRows());
        }
    }

    private static org.apimmigrate.run.Migrator migrator(MigrationFixture f) {
        return f.migrator(MigrationFixture.versioningOn(), (s, n, sql) -> { });
    }

    private static Map<String, String> rows(MigrationFixture f, String sql) {
        return f.am.jdbi().withHandle(h -> {
            Map<String, String> out = new java.util.TreeMap<>();
            h.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }
}
