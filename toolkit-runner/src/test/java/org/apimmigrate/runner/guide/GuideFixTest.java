package org.apimmigrate.runner.guide;

import static org.apimmigrate.runner.report.ItemVerdict.DONE;
import static org.apimmigrate.runner.report.ItemVerdict.TODO;
import static org.apimmigrate.runner.report.ItemVerdict.UNCHECKABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fix} on a 4.0.0 home configured for PostgreSQL without the driver and validationQuery the guide requires,
 * without the custom jars and with the pack's keystores: only the safe, mechanical items change, each changed file
 * keeps a backup, and nothing changes without {@code --fix}.
 */
class GuideFixTest {

    @TempDir
    Path root;
    Homes homes;
    Path toml;

    @BeforeEach
    void homes() {
        homes = new Homes(root);
        NewToml t = new NewToml();
        t.dbType = "postgre";
        t.apimUrl = "jdbc:postgresql://127.0.0.1:1/apim_db";
        t.sharedUrl = "jdbc:postgresql://127.0.0.1:1/shared_db";
        t.driverAndValidationQuery = false;
        homes.writeNewToml(t);
        toml = homes.newHome.resolve("repository/conf/deployment.toml");
    }

    @Test
    void withoutFixNothingChangesAndTheFixesAreOffered() {
        Map<String, String> before = Homes.snapshot(root);

        GuideRun run = GuideRun.json(homes, Map.of());

        assertThat(Homes.snapshot(root)).isEqualTo(before);
        assertThat(run.verdicts()).contains(entry("datasource-apim_db", TODO), entry("datasource-shared_db", TODO),
                entry("jdbc-drivers", TODO), entry("custom-lib-jars", TODO), entry("keystores", TODO));
        assertThat(run.detail("datasource-apim_db")).endsWith("the guide requires driver and validationQuery for "
                + "type postgre");
        assertThat(run.item("datasource-apim_db").get("fix").asText()).isEqualTo("""
                [database.apim_db]
                driver = "org.postgresql.Driver"
                validationQuery = "SELECT 1\"""");
        assertThat(run.item("datasource-apim_db").get("autoFix").asText())
                .isEqualTo("add driver, validationQuery to [database.apim_db] in " + toml);
        assertThat(run.item("jdbc-drivers").get("autoFix").isNull()).as("no PostgreSQL driver in the old home to copy")
                .isTrue();
        assertThat(run.item("jdbc-drivers").get("fix").asText()).contains("type postgre (postgresql-*.jar)");
        assertThat(run.fixedCount()).isZero();
    }

    @Test
    void fixAddsTheMissingKeysCopiesJarsAndKeystoresAndKeepsBackups() throws IOException {
        String originalToml = Files.readString(toml);
        Path security = homes.newHome.resolve("repository/resources/security");
        byte[] packKeystore = Files.readAllBytes(security.resolve("wso2carbon.jks"));

        GuideRun run = GuideRun.json(homes, Map.of(), "--fix");

        assertThat(run.verdicts()).as(run.describe()).contains(
                entry("datasource-apim_db", DONE),
                entry("datasource-shared_db", DONE),
                entry("custom-lib-jars", DONE),
                entry("custom-dropins", DONE),
                entry("keystores", DONE),
                entry("jdbc-drivers", TODO),
                entry("sql-am-db-schema-upgrade", UNCHECKABLE));
        assertThat(run.checklist().get("fixFailures")).isEmpty();
        assertThat(run.fixed()).anySatisfy(f -> assertThat(f)
                .startsWith("add driver, validationQuery to [database.apim_db] in " + toml)
                .endsWith("(backup: " + toml + ".bak-20240102-030405)"));

        String fixedToml = Files.readString(toml);
        assertThat(fixedToml).contains("""
                [database.apim_db]
                type = "postgre"
                url = "jdbc:postgresql://127.0.0.1:1/apim_db"
                username = "sa"
                password = "$secret{db_password}"
                driver = "org.postgresql.Driver"
                validationQuery = "SELECT 1"

                [database.shared_db]""").contains("# keystores carried over from 3.2.0");
        assertThat(backups(toml.getParent(), "deployment.toml.bak-")).hasSize(1);
        assertThat(Files.readString(toml.resolveSibling("deployment.toml.bak-20240102-030405")))
                .isEqualTo(originalToml);

        assertThat(homes.newHome.resolve("repository/components/lib/acme-auth-handler-1.2.0.jar")).exists();
        assertThat(homes.newHome.resolve("repository/components/dropins/org.acme.gateway.mediator_1.0.0.jar"))
                .exists();
        assertThat(security.resolve("wso2carbon.jks")).hasSameBinaryContentAs(
                homes.oldHome.resolve("repository/resources/security/wso2carbon.jks"));
        assertThat(Files.readAllBytes(security.resolve("wso2carbon.jks.bak-20240102-030405")))
                .isEqualTo(packKeystore);
        assertThat(security.resolve("client-truststore.jks.bak-20240102-030405")).exists();

        GuideRun again = GuideRun.json(homes, Map.of(), "--fix");
        assertThat(again.fixedCount()).as("nothing left that is safe to fix").isZero();
        assertThat(Files.readString(toml)).isEqualTo(fixedToml);
    }

    @Test
    void aDatabaseThatCannotBeReachedLeavesItsItemsUncheckableWithTheReason() {
        GuideRun withoutPassword = GuideRun.json(homes, Map.of());
        GuideRun refused = GuideRun.json(homes, Map.of("APIM_MIGRATE_APIM_DB_PASSWORD", "x",
                "APIM_MIGRATE_SHARED_DB_PASSWORD", "x"));

        assertThat(withoutPassword.verdicts()).contains(entry("sql-am-db-schema-upgrade", UNCHECKABLE),
                entry("migration-client-run", UNCHECKABLE), entry("identity-migration-run", UNCHECKABLE));
        assertThat(reason(withoutPassword, "apim_db")).contains("secure-vault secret")
                .contains("APIM_MIGRATE_APIM_DB_PASSWORD");
        assertThat(reason(refused, "apim_db")).startsWith("cannot connect to [database.apim_db] "
                + "jdbc:postgresql://127.0.0.1:1/apim_db");
        assertThat(refused.verdicts()).containsEntry("sql-registry-log-reindex", UNCHECKABLE);
    }

    private static String reason(GuideRun run, String database) {
        String reason = run.unreadable(database);
        if (reason == null) {
            throw new AssertionError("no unreadable database " + database + " in " + run.out);
        }
        return reason;
    }

    private static List<Path> backups(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
