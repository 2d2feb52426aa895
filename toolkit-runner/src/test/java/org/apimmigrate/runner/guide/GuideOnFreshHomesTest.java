package org.apimmigrate.runner.guide;

import static org.apimmigrate.runner.report.ItemVerdict.DONE;
import static org.apimmigrate.runner.report.ItemVerdict.TODO;
import static org.apimmigrate.runner.report.ItemVerdict.UNCHECKABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.runner.report.ItemVerdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** The guide's starting point: a 3.2.0 home that ran for years and a 4.0.0 home just unpacked. */
class GuideOnFreshHomesTest {

    @TempDir
    Path root;
    Homes homes;

    @BeforeEach
    void homes() {
        homes = new Homes(root);
    }

    @Test
    void listsEveryItemInTheGuidesOrderAndSaysWhatIsAhead() {
        GuideRun run = GuideRun.json(homes, Map.of());

        assertThat(run.exitCode).as(run.describe()).isEqualTo(1);
        assertThat(run.verdicts().keySet()).containsExactly(
                "registry-versioning", "sql-registry-versioning-cleanup",
                "deployment-toml", "datasource-apim_db", "datasource-shared_db", "shared-db-registry",
                "datasource-user", "datasource-config", "realm-manager", "jdbc-drivers", "custom-dropins",
                "custom-lib-jars",
                "servers-stopped", "database-backup", "sql-registry-schema-upgrade", "sql-am-db-schema-upgrade",
                "keystores", "secure-vault", "encryption-key",
                "identity-migration-prepared", "user-store-type", "identity-migration-run", "indexing-frequency",
                "identity-migration-removed",
                "gateway-environments", "migration-client-prepared", "migration-client-run",
                "migration-client-removed", "sql-api-uuid-constraint",
                "sql-registry-log-reindex", "tenantloader-added", "re-indexing", "solr-backup",
                "tenantloader-removed",
                "sequences-merge");
        List<String> phases = new ArrayList<>();
        run.checklist().get("items").forEach(i -> phases.add(i.get("phase").asText()));
        assertThat(phases).isSortedAccordingTo((a, b) -> phaseIndex(a) - phaseIndex(b));

        assertThat(run.verdicts()).contains(
                entry("registry-versioning", DONE),
                entry("deployment-toml", DONE),
                entry("datasource-apim_db", TODO),
                entry("datasource-shared_db", TODO),
                entry("datasource-user", DONE),
                entry("custom-dropins", TODO),
                entry("custom-lib-jars", TODO),
                entry("database-backup", UNCHECKABLE),
                entry("sql-am-db-schema-upgrade", UNCHECKABLE),
                entry("keystores", TODO),
                entry("secure-vault", TODO),
                entry("encryption-key", TODO),
                entry("gateway-environments", TODO),
                entry("re-indexing", TODO),
                entry("solr-backup", DONE),
                entry("sequences-merge", TODO));
        assertThat(run.detail("datasource-apim_db")).contains("still 4.0.0's bundled h2 database")
                .contains("3.2.0 used jdbc:mysql://db.acme.example:3306/apim_db");
        assertThat(run.detail("custom-lib-jars")).isEqualTo(
                "1 of 1 missing in " + homes.newHome.resolve("repository/components/lib")
                        + ": acme-auth-handler-1.2.0.jar");
        assertThat(run.detail("custom-dropins")).endsWith(": org.acme.gateway.mediator_1.0.0.jar");
        assertThat(run.detail("keystores")).contains("client-truststore.jks: alias partner-backend is missing")
                .contains("wso2carbon.jks: alias wso2carbon holds another certificate");
        assertThat(run.detail("secure-vault")).contains("admin_password, db_password");
        assertThat(run.detail("gateway-environments")).contains("\"Production and Sandbox\"");
        assertThat(run.detail("sequences-merge")).contains("_throttle_out_handler_.xml (changed to JSON in 4.0.0)")
                .doesNotContain("fault.xml");
        assertThat(run.detail("sql-am-db-schema-upgrade")).contains("[database.apim_db] could not be read");
        assertThat(run.json().get("databases")).as("none was read").isEmpty();
        assertThat(run.unreadable("apim_db")).contains("cannot connect to [database.apim_db]").contains("WSO2AM_DB");
    }

    @Test
    void changesNoFileAndCreatesNoDatabaseWithoutFix() {
        Map<String, String> oldBefore = Homes.snapshot(homes.oldHome);
        Map<String, String> newBefore = Homes.snapshot(homes.newHome);

        GuideRun.text(homes, Map.of());
        GuideRun.json(homes, Map.of());

        assertThat(Homes.snapshot(homes.oldHome)).isEqualTo(oldBefore);
        assertThat(Homes.snapshot(homes.newHome)).as("not even the bundled H2 database is created")
                .isEqualTo(newBefore);
    }

    @Test
    void jsonIsStableAcrossRuns() {
        GuideRun first = GuideRun.json(homes, Map.of());
        GuideRun second = GuideRun.json(homes, Map.of());

        assertThat(second.out).isEqualTo(first.out);
        JsonNode json = first.json();
        assertThat(json.get("schemaVersion").asText()).isEqualTo("1");
        assertThat(json.get("command").asText()).startsWith("apim-migrate --old-home ");
        assertThat(json.get("outcome").get("exitCode").asInt()).isEqualTo(first.exitCode);
        assertThat(json.get("outcome").get("status").asText()).isEqualTo("ITEMS_OPEN");
        JsonNode checklist = json.get("checklist");
        assertThat(checklist.fieldNames()).toIterable().containsExactly("oldHome", "newHome", "counts", "fixed",
                "fixFailures", "findings", "items");
        assertThat(checklist.get("items").get(0).fieldNames()).toIterable().containsExactly("id", "phase",
                "phaseTitle", "title", "verdict", "detail", "fix", "autoFix");
        assertThat(checklist.get("counts").get("total").asInt()).isEqualTo(checklist.get("items").size());
        assertThat(checklist.get("findings")).extracting(f -> f.get("code").asText()).containsOnly("CANNOT_READ");
    }

    @Test
    void textShowsPhasesVerdictsFixesAndProgress() {
        GuideRun run = GuideRun.text(homes, Map.of());

        assertThat(run.out).contains("Step 1: move the configuration to the 4.0.0 deployment.toml")
                .contains("[to do]         3.2.0's keystores and truststores are in place")
                .contains("cp " + homes.oldHome.resolve("repository/components/lib/acme-auth-handler-1.2.0.jar"))
                .contains("--fix would copy acme-auth-handler-1.2.0.jar to ")
                .containsPattern("Progress: \\d+ of 35 done, \\d+ to do, 0 wrong, \\d+ cannot be checked");
        assertThat(run.out.indexOf("Preparing for migration")).isLessThan(run.out.indexOf("Step 1:"));
        assertThat(run.out.indexOf("identity component migration")).isLessThan(run.out.indexOf("re-index"));
    }

    @Test
    void neverPrintsPasswordsOrSecretValues() {
        NewToml toml = new NewToml();
        toml.dbType = "postgre";
        toml.apimUrl = "jdbc:postgresql://127.0.0.1:1/apim_db?password=Url-Pa55";
        toml.sharedUrl = "jdbc:postgresql://127.0.0.1:1/shared_db";
        toml.password = "Pg-Pl4in-Pa55";
        toml.secrets = "admin_password = \"[Adm1n-Pl4in!]\"\ndb_password = \"Q2lwaGVy\"";
        toml.encryptionKey = "not-a-hex-key-Kx9";
        homes.writeNewToml(toml);

        GuideRun text = GuideRun.text(homes, Map.of());
        GuideRun json = GuideRun.json(homes, Map.of());

        for (GuideRun run : List.of(text, json)) {
            assertThat(run.out + run.err).doesNotContain("Url-Pa55", "Pg-Pl4in-Pa55", "Adm1n-Pl4in!", "Q2lwaGVy",
                    "not-a-hex-key-Kx9", "wso2carbon\"");
        }
        assertThat(json.verdicts()).contains(entry("secure-vault", TODO), entry("encryption-key", ItemVerdict.WRONG));
        assertThat(json.detail("secure-vault")).isEqualTo("not encrypted yet: admin_password");
        assertThat(json.detail("datasource-apim_db")).contains("password=***");
    }

    @Test
    void reportDirHoldsTheChecklistAsEveryCommandsReport() throws IOException {
        Path reports = root.resolve("reports");
        GuideRun run = GuideRun.text(homes, Map.of(), "--report-dir", reports.toString());

        List<Path> folders;
        try (Stream<Path> s = Files.list(reports)) {
            folders = s.toList();
        }
        assertThat(folders).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).endsWith("-guide"));
        Path folder = folders.get(0);
        assertThat(run.out).contains("Report: " + folder.resolve("report.html").toAbsolutePath());
        JsonNode report = new ObjectMapper().readTree(folder.resolve("report.json").toFile());
        assertThat(report.get("outcome").get("exitCode").asInt()).isEqualTo(run.exitCode).isEqualTo(1);
        assertThat(report.get("checklist").get("items")).hasSize(35);
        assertThat(Files.readString(folder.resolve("report.md"))).contains("Upgrade checklist: ")
                .contains("Step 1: move the configuration to the 4.0.0 deployment.toml")
                .contains("CANNOT_READ");
        assertThat(folder.resolve("report.html")).isNotEmptyFile();
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(GuideRun.run(Map.of(), "--old-home", homes.oldHome.toString()).exitCode).isEqualTo(2);
        GuideRun missing = GuideRun.run(Map.of(), "--old-home", homes.oldHome.toString(), "--new-home",
                root.resolve("nowhere").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("--new-home").contains("is not a folder");
        GuideRun notHome = GuideRun.run(Map.of(), "--old-home", root.toString(), "--new-home",
                homes.newHome.toString());
        assertThat(notHome.exitCode).isEqualTo(2);
        assertThat(notHome.err).contains("is not an API Manager home");
        assertThat(GuideRun.run(Map.of(), "--help").out).contains("Exit codes:").contains("--fix");
    }

    private static int phaseIndex(String id) {
        for (GuidePhase p : GuidePhase.values()) {
            if (p.id().equals(id)) {
                return p.ordinal();
            }
        }
        throw new AssertionError(id);
    }
}
