package org.apimmigrate.runner.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apimmigrate.runner.guide.files.JarFolder;
import org.apimmigrate.runner.guide.files.KeystoreContents;
import org.apimmigrate.runner.guide.files.MigrationResources;
import org.apimmigrate.runner.guide.fix.TomlEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts the checks stand on. */
class GuidePartsTest {

    @TempDir
    Path dir;

    @Test
    void jarsMatchByArtifactWhateverTheVersion() {
        assertThat(JarFolder.artifact(Path.of("mysql-connector-java-8.0.19.jar"))).isEqualTo("mysql-connector-java");
        assertThat(JarFolder.artifact(Path.of("org.acme.gateway.mediator_1.0.0.jar")))
                .isEqualTo("org.acme.gateway.mediator");
        assertThat(JarFolder.artifact(Path.of("acme-auth-1.0-SNAPSHOT.jar"))).isEqualTo("acme-auth");
        assertThat(JarFolder.artifact(Path.of("db2jcc4.jar"))).isEqualTo("db2jcc4");
        assertThat(JarFolder.artifact(Path.of("commons-io_2.4.0.wso2v1.jar"))).isEqualTo("commons-io");
    }

    @Test
    void tomlKeysGoAfterTheTablesLastEntryOrIntoANewTable() {
        String text = """
                [database.apim_db]
                type = "postgre"   # migrated
                url = "jdbc:postgresql://db/apim"

                # the registry
                [database.shared_db]
                type = "postgre"
                """;
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("driver", "org.postgresql.Driver");
        keys.put("validationQuery", "SELECT \"1\"");

        assertThat(TomlEditor.addKeys(text, "database.apim_db", keys)).isEqualTo("""
                [database.apim_db]
                type = "postgre"   # migrated
                url = "jdbc:postgresql://db/apim"
                driver = "org.postgresql.Driver"
                validationQuery = "SELECT \\"1\\""

                # the registry
                [database.shared_db]
                type = "postgre"
                """);
        assertThat(TomlEditor.addKeys(text, "realm_manager", Map.of("data_source", "WSO2USER_DB")))
                .endsWith("type = \"postgre\"\n\n[realm_manager]\ndata_source = \"WSO2USER_DB\"\n");
    }

    @Test
    void theIdentityConfigurationIsCheckedAgainstTheGuide() {
        Path yaml = dir.resolve("migration-config.yaml");
        Homes.write(yaml, IdentityConfigs.asShipped());
        assertThat(MigrationResources.identityConfigProblems(yaml)).containsExactly(
                "currentVersion is \"5.9.0\" (must be \"5.10.0\")",
                "the MigrationValidator of version 5.10.0 is still there",
                "the SchemaMigrator (step2, identity) of version 5.10.0 is still there",
                "the TenantPortalMigrator of version 5.10.0 is still there");
        Homes.write(yaml, IdentityConfigs.asTheGuideSays());
        assertThat(MigrationResources.identityConfigProblems(yaml)).isEmpty();
        assertThat(MigrationResources.isIdentity(dir)).isTrue();
    }

    @Test
    void keystoresAreComparedByAliasAndCertificate() {
        Path keystores = Keystores.all();
        KeystoreContents old = KeystoreContents.read(keystores.resolve("old-client-truststore.jks"), List.of())
                .orElseThrow();
        KeystoreContents fresh = KeystoreContents.read(keystores.resolve("new-client-truststore.jks"), List.of())
                .orElseThrow();

        assertThat(old.fingerprints()).containsOnlyKeys("partner-backend", "wso2carbon");
        assertThat(old.fingerprints().values()).allSatisfy(f -> assertThat(f).hasSize(64));
        assertThat(fresh.missingFrom(old)).containsExactly("alias partner-backend is missing",
                "alias wso2carbon holds another certificate");
        assertThat(old.missingFrom(old)).isEmpty();
        assertThat(KeystoreContents.read(dir.resolve("none.jks"), List.of())).isEmpty();
    }
}
