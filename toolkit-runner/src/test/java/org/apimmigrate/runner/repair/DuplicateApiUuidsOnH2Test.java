package org.apimmigrate.runner.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.check.ApiUuidChecks;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.steps.Steps;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two APIs that share an API_UUID (a client run that wrote one API's UUID to another): the post-client phase names
 * both and the way out, the dry run lists each with the UUID of its own registry artifact, and --fix-duplicates
 * gives the one that differs its artifact's UUID, so the unique key can go on.
 */
class DuplicateApiUuidsOnH2Test {

    private static final String ROOT = "/_system/governance/apimgt/applicationdata/provider/admin/PizzaShack/";
    private static final String V1 = "11111111-1111-1111-1111-111111111111";
    private static final String V2 = "22222222-2222-2222-2222-222222222222";

    private final Vendor h2 = Vendors.require("h2");

    @TempDir
    Path dir;

    @Test
    void duplicatesAreNamedWithTheirArtifactsUuidAndFixedFromIt() {
        Jdbi am = Jdbi.create("jdbc:h2:file:" + dir.resolve("AM").toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Jdbi shared = Jdbi.create("jdbc:h2:file:" + dir.resolve("SH").toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        am.useHandle(h -> {
            FixtureSchemas.load(h, KnownSchema.AM_320, h2);
            for (String v : List.of("1.0.0", "2.0.0")) {
                h.execute("INSERT INTO AM_API (API_PROVIDER, API_NAME, API_VERSION, CONTEXT) VALUES ('admin', "
                        + "'PizzaShack', '" + v + "', '/pizzashack/" + v + "')");
            }
        });
        shared.useHandle(h -> {
            FixtureSchemas.load(h, KnownSchema.SHARED_320, h2);
            artifact(h, "1.0.0", V1);
            artifact(h, "2.0.0", V2);
        });
        Migrator migrator = new Migrator(Steps.all(), Map.of(
                DatabaseRole.APIM_DB, new TargetDatabase(DatabaseRole.APIM_DB, am, h2, "am", "apim_db"),
                DatabaseRole.SHARED_DB, new TargetDatabase(DatabaseRole.SHARED_DB, shared, h2, "sh", "shared_db")),
                new StepContext.MigrationOptions(new StepContext.RegistryVersioning(false,
                        StepContext.RegistryVersioning.Choice.DECIDE_FROM_CONFIGURATION, "registry.xml"), Set.of()),
                RunListener.NONE, StatementInterceptor.NONE);
        assertThat(migrator.migrate(Phase.PRE_CLIENT).succeeded()).isTrue();
        // the client wrote the first version's UUID to both, and dropped the label tables
        am.useHandle(h -> {
            h.execute("UPDATE AM_API SET API_UUID = '" + V1 + "', STATUS = 'PUBLISHED'");
            h.execute("DROP TABLE AM_LABEL_URLS");
            h.execute("DROP TABLE AM_LABELS");
        });

        RunReport blocked = migrator.migrate(Phase.POST_CLIENT);
        Finding duplicate = blocked.steps().stream().flatMap(s -> s.findings().stream())
                .filter(f -> f.code() == FindingCode.API_UUID_DUPLICATE).findFirst().orElseThrow();
        assertThat(duplicate.message()).contains("admin / PizzaShack / 1.0.0 (API_UUID " + V1 + ")",
                "admin / PizzaShack / 2.0.0 (API_UUID " + V1 + ")");
        assertThat(duplicate.remedy()).contains("repair-api-uuid --dry-run", "repair-api-uuid --fix-duplicates",
                "UPDATE AM_API SET API_UUID");

        ApiUuidRepair repair = new ApiUuidRepair();
        List<ApiUuidRepair.Duplicate> found;
        try (var s = shared.open(); var a = am.open()) {
            found = repair.duplicates(s, a);
        }
        assertThat(found).containsExactlyInAnyOrder(
                new ApiUuidRepair.Duplicate("admin", "PizzaShack", "1.0.0", V1, V1),
                new ApiUuidRepair.Duplicate("admin", "PizzaShack", "2.0.0", V1, V2));
        assertThat(found).filteredOn(ApiUuidRepair.Duplicate::fixable).extracting(ApiUuidRepair.Duplicate::version)
                .containsExactly("2.0.0");

        try (var s = shared.open(); var a = am.open()) {
            repair.fixDuplicates(s, a);
            assertThat(repair.duplicates(s, a)).isEmpty();
            assertThat(ApiUuidChecks.run(a)).allMatch(CheckResult::passed);
        }
        assertThat(migrator.migrate(Phase.POST_CLIENT).succeeded()).isTrue();
    }

    private static void artifact(org.jdbi.v3.core.Handle h, String version, String uuid) {
        h.execute("INSERT INTO REG_PATH (REG_PATH_VALUE, REG_PATH_PARENT_ID, REG_TENANT_ID) VALUES ('" + ROOT + version
                + "', NULL, -1234)");
        h.execute("INSERT INTO REG_RESOURCE (REG_PATH_ID, REG_NAME, REG_MEDIA_TYPE, REG_CREATOR, REG_CREATED_TIME, "
                + "REG_LAST_UPDATOR, REG_LAST_UPDATED_TIME, REG_TENANT_ID, REG_UUID) SELECT REG_PATH_ID, 'api', "
                + "'application/vnd.wso2-api+xml', 'admin', CURRENT_TIMESTAMP, 'admin', CURRENT_TIMESTAMP, -1234, '"
                + uuid + "' FROM REG_PATH WHERE REG_PATH_VALUE = '" + ROOT + version + "'");
    }
}
