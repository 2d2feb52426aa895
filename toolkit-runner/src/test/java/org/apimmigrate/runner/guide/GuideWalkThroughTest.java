package org.apimmigrate.runner.guide;

import static org.apimmigrate.runner.report.ItemVerdict.DONE;
import static org.apimmigrate.runner.report.ItemVerdict.TODO;
import static org.apimmigrate.runner.report.ItemVerdict.UNCHECKABLE;
import static org.apimmigrate.runner.report.ItemVerdict.WRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.api.step.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole guide, state by state, on real homes and on H2 databases migrated by the real Migrator: the checklist
 * follows each step from "to do" to "done", flags what is wrong on the way, and ends at exit code 0.
 */
class GuideWalkThroughTest {

    /** The toml holds $secret{db_password}; the checklist gets the password from the environment. */
    static final Map<String, String> ENV = Map.of("APIM_MIGRATE_APIM_DB_PASSWORD", H2Databases.PASSWORD,
            "APIM_MIGRATE_SHARED_DB_PASSWORD", H2Databases.PASSWORD);

    @TempDir
    Path root;


    @Test
    void followsTheGuideFromConfigurationToTheEnd() throws IOException {
        Homes homes = new Homes(root);
        H2Databases db = new H2Databases(Files.createDirectories(root.resolve("databases")));
        NewToml toml = new NewToml();
        toml.apimUrl = db.amUrl;
        toml.sharedUrl = db.sharedUrl;
        toml.environments = List.of("Default");
        toml.gatewayLabels = List.of("Default");

        // Step 1: configuration, jars, keystores
        homes.writeNewToml(toml);
        homes.copyCustomJars();
        homes.copyKeystores();
        Files.writeString(homes.oldHome.resolve("wso2carbon.pid"), Long.toString(ProcessHandle.current().pid()));
        GuideRun configured = GuideRun.json(homes, ENV);
        assertThat(configured.verdicts()).as(configured.describe()).contains(
                entry("registry-versioning", DONE),
                entry("sql-registry-versioning-cleanup", TODO),
                entry("deployment-toml", DONE),
                entry("datasource-apim_db", DONE),
                entry("datasource-shared_db", DONE),
                entry("shared-db-registry", DONE),
                entry("datasource-user", DONE),
                entry("realm-manager", DONE),
                entry("jdbc-drivers", DONE),
                entry("custom-dropins", DONE),
                entry("custom-lib-jars", DONE),
                entry("servers-stopped", TODO),
                entry("sql-registry-schema-upgrade", TODO),
                entry("sql-am-db-schema-upgrade", TODO),
                entry("keystores", DONE),
                entry("secure-vault", DONE),
                entry("encryption-key", DONE),
                entry("identity-migration-prepared", TODO),
                entry("user-store-type", DONE),
                entry("identity-migration-run", TODO),
                entry("gateway-environments", TODO),
                entry("migration-client-prepared", TODO),
                entry("migration-client-run", TODO),
                entry("sql-api-uuid-constraint", TODO),
                entry("sql-registry-log-reindex", TODO),
                entry("tenantloader-added", TODO),
                entry("sequences-merge", TODO));
        assertThat(configured.detail("shared-db-registry")).contains("holds 1 registry resources");
        assertThat(configured.detail("servers-stopped")).contains("API-M 3.2.0 (pid ");
        assertThat(configured.detail("tenantloader-added")).startsWith("1 tenant(s)");
        assertThat(configured.checklist().get("findings")).as("every database read").isEmpty();
        assertThat(configured.json().get("databases")).extracting(d -> d.get("role").asText())
                .contains("apim_db", "shared_db");
        assertThat(configured.exitCode).isEqualTo(1);

        // Step 2: servers stopped, pre-client SQL through the toolkit's Migrator
        Files.delete(homes.oldHome.resolve("wso2carbon.pid"));
        assertThat(GuideRun.json(homes, ENV).verdicts()).containsEntry("servers-stopped", DONE);
        assertThat(db.migrate(Phase.PRE_CLIENT).succeeded()).isTrue();
        GuideRun upgraded = GuideRun.json(homes, ENV);
        assertThat(upgraded.verdicts()).contains(
                entry("sql-registry-versioning-cleanup", DONE),
                entry("sql-registry-schema-upgrade", DONE),
                entry("sql-am-db-schema-upgrade", DONE),
                entry("servers-stopped", DONE),
                entry("sql-api-uuid-constraint", TODO));
        assertThat(upgraded.detail("sql-registry-versioning-cleanup")).contains("nothing to do");

        // identity migration: dropped in as shipped (wrong), then as the guide says
        homes.dropInIdentityMigration(IdentityConfigs.asShipped());
        GuideRun shipped = GuideRun.json(homes, ENV);
        assertThat(shipped.verdicts()).containsEntry("identity-migration-prepared", WRONG);
        assertThat(shipped.detail("identity-migration-prepared")).contains("currentVersion is \"5.9.0\"")
                .contains("MigrationValidator of version 5.10.0").contains("TenantPortalMigrator")
                .contains("SchemaMigrator (step2, identity)");
        homes.dropInIdentityMigration(IdentityConfigs.asTheGuideSays());
        toml.frequency = "10";
        homes.writeNewToml(toml);
        GuideRun prepared = GuideRun.json(homes, ENV);
        assertThat(prepared.verdicts()).contains(
                entry("identity-migration-prepared", DONE),
                entry("indexing-frequency", DONE),
                entry("identity-migration-removed", TODO));

        db.identityMigrationRan();
        Files.writeString(homes.newHome.resolve("bin/api-manager.bat"),
                "@echo off\nset CMD_LINE_ARGS=-Xbootclasspath/a:%CARBON_CLASSPATH% -Dmigrate -Dcomponent=identity\n");
        GuideRun identityRan = GuideRun.json(homes, ENV);
        assertThat(identityRan.verdicts()).contains(
                entry("identity-migration-run", DONE),
                entry("indexing-frequency", TODO),
                entry("identity-migration-removed", WRONG));
        assertThat(identityRan.detail("identity-migration-removed")).contains("dropins/org.wso2.carbon.is.migration-"
                + "1.0.112.jar").contains("migration-resources").contains("bin/api-manager.bat");
        homes.removeIdentityMigration();
        Files.writeString(homes.newHome.resolve("bin/api-manager.bat"),
                "@echo off\nset CMD_LINE_ARGS=-Xbootclasspath/a:%CARBON_CLASSPATH%\n");
        toml.frequency = null;
        homes.writeNewToml(toml);
        homes.serverStarted();
        assertThat(GuideRun.json(homes, ENV).verdicts()).contains(
                entry("identity-migration-removed", DONE),
                entry("indexing-frequency", DONE));

        // WSO2's migration client: environments named as in 3.2.0, dropped in, run, removed; then post-client SQL
        toml.environments = List.of("Production and Sandbox");
        toml.gatewayLabels = List.of("Production and Sandbox");
        homes.writeNewToml(toml);
        homes.dropInMigrationClient();
        assertThat(GuideRun.json(homes, ENV).verdicts()).contains(
                entry("gateway-environments", DONE),
                entry("migration-client-prepared", DONE),
                entry("migration-client-run", TODO));
        db.migrationClientRan();
        GuideRun clientRan = GuideRun.json(homes, ENV);
        assertThat(clientRan.verdicts()).contains(
                entry("migration-client-run", DONE),
                entry("migration-client-removed", TODO));
        homes.removeMigrationClient();
        assertThat(db.migrate(Phase.POST_CLIENT).succeeded()).isTrue();
        assertThat(GuideRun.json(homes, ENV).verdicts()).contains(
                entry("migration-client-removed", DONE),
                entry("sql-api-uuid-constraint", DONE),
                entry("sql-registry-log-reindex", DONE));

        // re-indexing: tenant loader in, re_indexing on, solr moved aside by --fix, start, tenant loader out
        Homes.jar(homes.newHome.resolve("repository/components/dropins"), "tenantloader-1.0.jar");
        GuideRun beforeReindex = GuideRun.json(homes, ENV);
        assertThat(beforeReindex.verdicts()).contains(
                entry("tenantloader-added", DONE),
                entry("re-indexing", TODO),
                entry("solr-backup", TODO));
        assertThat(beforeReindex.item("solr-backup").get("autoFix").isNull()).as("not before re-indexing is on")
                .isTrue();
        toml.reIndexing = "1";
        homes.writeNewToml(toml);
        GuideRun fixed = GuideRun.json(homes, ENV, "--fix");
        assertThat(fixed.checklist().get("fixed").toString()).contains("moved " + homes.newHome.resolve("solr"));
        assertThat(fixed.verdicts()).contains(entry("re-indexing", DONE), entry("solr-backup", DONE));
        try (Stream<Path> s = Files.list(homes.newHome)) {
            assertThat(s.map(p -> p.getFileName().toString())).contains("solr.bak-20240102-030405")
                    .doesNotContain("solr");
        }
        homes.serverStarted();
        GuideRun reindexed = GuideRun.json(homes, ENV);
        assertThat(reindexed.verdicts()).contains(
                entry("solr-backup", DONE),
                entry("tenantloader-added", DONE),
                entry("tenantloader-removed", TODO));
        Files.delete(homes.newHome.resolve("repository/components/dropins/tenantloader-1.0.jar"));

        // the closing notes: the customised throttle-out sequence merged by hand
        homes.mergeSequence("_throttle_out_handler_.xml");
        GuideRun finished = GuideRun.json(homes, ENV);
        assertThat(finished.verdicts().entrySet()).as(finished.describe())
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey())
                        .isIn(e.getKey().equals("database-backup") ? List.of(UNCHECKABLE) : List.of(DONE)));
        assertThat(finished.exitCode).isZero();
        assertThat(finished.json().get("outcome").get("status").asText()).isEqualTo("DONE");
        assertThat(GuideRun.text(homes, ENV).out).contains("Progress: 34 of 35 done, 0 to do, 0 wrong, 1 cannot be "
                + "checked");
    }
}
