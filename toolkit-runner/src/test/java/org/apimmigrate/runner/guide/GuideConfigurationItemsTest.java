package org.apimmigrate.runner.guide;

import static org.apimmigrate.runner.report.ItemVerdict.DONE;
import static org.apimmigrate.runner.report.ItemVerdict.TODO;
import static org.apimmigrate.runner.report.ItemVerdict.WRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.apimmigrate.runner.report.ItemVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration items in the states people get wrong: separate user databases, secrets, keys, user stores. */
class GuideConfigurationItemsTest {

    @TempDir
    Path root;
    Homes homes;
    NewToml toml;

    @BeforeEach
    void homes() {
        homes = new Homes(root);
        toml = new NewToml();
        toml.apimUrl = "jdbc:postgresql://127.0.0.1:1/apim_db";
        toml.sharedUrl = "jdbc:postgresql://127.0.0.1:1/shared_db";
        toml.dbType = "postgre";
    }

    @Test
    void aSeparateUserDatabaseNeedsItsTableAndTheRealmManager() throws IOException {
        Path oldToml = homes.oldHome.resolve("repository/conf/deployment.toml");
        Files.writeString(oldToml, Files.readString(oldToml) + """

                [database.user]
                type = "mysql"
                url = "jdbc:mysql://db.acme.example:3306/um_db"
                username = "umadmin"
                password = "$secret{db_password}"

                [realm_manager]
                data_source = "WSO2USER_DB"
                """);
        homes.writeNewToml(toml);

        GuideRun before = GuideRun.json(homes, Map.of());
        assertThat(before.verdicts()).contains(entry("datasource-user", TODO), entry("realm-manager", TODO),
                entry("datasource-config", DONE));
        assertThat(before.detail("datasource-user")).isEqualTo("[database.user] is missing; 3.2.0 used "
                + "jdbc:mysql://db.acme.example:3306/um_db");
        assertThat(before.item("datasource-user").get("fix").asText()).contains("url = \"jdbc:mysql://db.acme"
                + ".example:3306/um_db\"").contains("password = \"<password>\"");

        GuideRun fixed = GuideRun.json(homes, Map.of(), "--fix");
        assertThat(fixed.verdicts()).contains(entry("realm-manager", DONE), entry("datasource-user", TODO));
        assertThat(Files.readString(homes.newHome.resolve("repository/conf/deployment.toml")))
                .contains("[realm_manager]\ndata_source = \"WSO2USER_DB\"");

        toml.userUrl = "jdbc:postgresql://127.0.0.1:1/um_db";
        toml.realmManager = "WSO2USER_DB";
        homes.writeNewToml(toml);
        assertThat(GuideRun.json(homes, Map.of()).verdicts()).contains(entry("datasource-user", DONE),
                entry("realm-manager", DONE));
    }

    @Test
    void aUserDatabaseThe320SetupNeverHadIsWrong() {
        toml.userUrl = "jdbc:postgresql://127.0.0.1:1/um_db";
        homes.writeNewToml(toml);

        GuideRun run = GuideRun.json(homes, Map.of());

        assertThat(run.verdicts()).containsEntry("datasource-user", WRONG);
        assertThat(run.detail("datasource-user")).startsWith("3.2.0 had no separate user-management database");
    }

    @Test
    void aSecretWithoutItsEntryStopsTheServer() {
        toml.secrets = "admin_password = \"Q2lwaGVy\"";
        homes.writeNewToml(toml);

        GuideRun run = GuideRun.json(homes, Map.of());

        assertThat(run.verdicts()).containsEntry("secure-vault", WRONG);
        assertThat(run.detail("secure-vault")).isEqualTo("$secret{} without a [secrets] entry: db_password (the "
                + "server cannot start)");
    }

    @Test
    void theEncryptionKeyIsAHexKeyOrASecret() {
        toml.encryptionKey = "<provide-your-key-here>";
        homes.writeNewToml(toml);
        assertThat(GuideRun.json(homes, Map.of()).verdicts()).containsEntry("encryption-key", WRONG);

        toml.encryptionKey = "$secret{db_password}";
        homes.writeNewToml(toml);
        assertThat(GuideRun.json(homes, Map.of()).verdicts()).containsEntry("encryption-key", DONE);

        toml.encryptionKey = null;
        homes.writeNewToml(toml);
        assertThat(GuideRun.json(homes, Map.of()).verdicts()).containsEntry("encryption-key", TODO);
    }

    @Test
    void theUserStoreTypeFollows320() {
        toml.userStoreType = "read_write_ldap_unique_id";
        homes.writeNewToml(toml);

        GuideRun run = GuideRun.json(homes, Map.of());

        assertThat(run.verdicts()).containsEntry("user-store-type", WRONG);
        assertThat(run.item("user-store-type").get("fix").asText()).isEqualTo("[user_store]\ntype = \"database\"");
    }

    @Test
    void aTypeThatDoesNotMatchItsUrlIsWrong() {
        toml.dbType = "mysql";
        homes.writeNewToml(toml);

        GuideRun run = GuideRun.json(homes, Map.of());

        assertThat(run.verdicts()).containsEntry("datasource-apim_db", WRONG);
        assertThat(run.detail("datasource-apim_db")).isEqualTo("type \"mysql\" does not match the URL "
                + "jdbc:postgresql://127.0.0.1:1/apim_db (PostgreSQL)");
    }

    @Test
    void aBrokenTomlIsWrongAndItsItemsCannotBeChecked() {
        Homes.write(homes.newHome, "repository/conf/deployment.toml", "[server]\nhostname = \"x\"\n[server]\n");

        GuideRun run = GuideRun.json(homes, Map.of());

        assertThat(run.verdicts()).contains(entry("deployment-toml", WRONG),
                entry("datasource-apim_db", ItemVerdict.UNCHECKABLE), entry("encryption-key", ItemVerdict.UNCHECKABLE));
        assertThat(run.exitCode).isEqualTo(1);
    }
}
