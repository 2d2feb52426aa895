package org.apimmigrate.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentTomlTest {

    @TempDir
    Path dir;

    private static final String GUIDE_EXAMPLE = """
            [server]
            hostname = "localhost"

            [database.apim_db]
            type = "mysql"
            url = "jdbc:mysql://localhost:3306/am_db"
            username = "username"
            password = "$secret{apim_db_password}"

            [database.shared_db]
            type = "postgre"
            url = "jdbc:postgresql://localhost:5432/reg_db"
            username = "regadmin"
            password = "plain-Password-1"
            driver = "org.postgresql.Driver"
            validationQuery = "SELECT 1"

            [database.shared_db.pool_options]
            maxActive = 50

            [database.user]
            type = "mysql"
            url = "jdbc:mysql://localhost:3306/um_db"
            username = "um"
            password = "$env{UM_PASSWORD}"

            [[apim.gateway.environment]]
            name = "Production and Sandbox"
            """;

    private Path toml(String text) throws IOException {
        Path file = dir.resolve("deployment.toml");
        Files.writeString(file, text);
        return file;
    }

    private static PasswordResolver environment(Map<String, String> env) {
        return new PasswordResolver(env::get, () -> null, false);
    }

    @Test
    void readsTheDatasourcesTheGuideTellsUsersToSetAndResolvesTheirPasswords() throws IOException {
        Map<String, Datasource> ds = DeploymentToml.read(toml(GUIDE_EXAMPLE), environment(Map.of(
                "APIM_MIGRATE_APIM_DB_PASSWORD", "from-the-env-1", "UM_PASSWORD", "um-secret-2"))).datasources();

        assertThat(ds).containsOnlyKeys("apim_db", "shared_db", "user");
        assertThat(ds.get("apim_db").url()).isEqualTo("jdbc:mysql://localhost:3306/am_db");
        assertThat(ds.get("apim_db").type()).isEqualTo("mysql");
        assertThat(ds.get("apim_db").password().reveal()).isEqualTo("from-the-env-1");
        assertThat(ds.get("shared_db").driver()).isEqualTo("org.postgresql.Driver");
        assertThat(ds.get("shared_db").password().reveal()).isEqualTo("plain-Password-1");
        assertThat(ds.get("user").password().reveal()).isEqualTo("um-secret-2");
        assertThat(ds.get("shared_db").toString()).doesNotContain("plain-Password-1");
        assertThat(ds.get("apim_db").origin()).startsWith("[database.apim_db] of ");
    }

    @Test
    void aSecureVaultPasswordWithoutVariableOrTerminalNamesTheVariableToSet() throws IOException {
        Path file = toml(GUIDE_EXAMPLE);
        assertThatThrownBy(() -> DeploymentToml.read(file, environment(Map.of("UM_PASSWORD", "x-y-z-1"))))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(f.getMessage()).contains("apim_db", "secure-vault", "$secret{apim_db_password}");
                    assertThat(f.remedy()).contains("APIM_MIGRATE_APIM_DB_PASSWORD");
                });
    }

    @Test
    void anOtherDatasourceWithoutItsPasswordIsOnlyNotedForItIsNeverMigrated() throws IOException {
        DeploymentToml.Datasources read = DeploymentToml.read(toml(GUIDE_EXAMPLE), environment(Map.of(
                "APIM_MIGRATE_APIM_DB_PASSWORD", "from-the-env-1")));
        assertThat(read.datasources()).containsOnlyKeys("apim_db", "shared_db");
        assertThat(read.unusable()).containsOnlyKeys("user");
        assertThat(read.unusable().get("user")).contains("$env{UM_PASSWORD}", "UM_PASSWORD is not set");
    }

    @Test
    void malformedTomlIsNamedWithItsLine() throws IOException {
        Path file = toml("[database.apim_db]\nurl = \"jdbc:h2:mem:x\"\n[database.shared_db\nurl = 1\n");
        assertThatThrownBy(() -> DeploymentToml.read(file, environment(Map.of())))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(f.getMessage()).contains(file.toString(), "is not valid TOML", "(line 3");
                });
    }

    @Test
    void aDatasourceWithoutUrlAndAMissingFileAreNamed() throws IOException {
        Path file = toml("[database.apim_db]\nusername = \"x\"\n");
        assertThatThrownBy(() -> DeploymentToml.read(file, environment(Map.of())))
                .hasMessageContaining("[database.apim_db] of " + file + " has no url");
        assertThatThrownBy(() -> DeploymentToml.read(dir.resolve("missing.toml"), environment(Map.of())))
                .hasMessageContaining("There is no deployment.toml at");
    }

    @Test
    void parsingIsTolerantAndGivesEachTableAsWritten() throws IOException {
        DeploymentToml toml = DeploymentToml.parse(toml(GUIDE_EXAMPLE));

        assertThat(toml.readable()).isTrue();
        DatasourceTable shared = toml.datasource("shared_db").orElseThrow();
        assertThat(shared.validationQuery()).isEqualTo("SELECT 1");
        assertThat(shared.password()).as("as written, not resolved").isEqualTo("plain-Password-1");
        assertThat(shared.toString()).isEqualTo("[database.shared_db] jdbc:postgresql://localhost:5432/reg_db");
        assertThat(toml.datasource("config")).isEmpty();
        assertThat(toml.text("database.shared_db.pool_options.maxActive")).contains("50");
        assertThat(toml.text("database.shared_db.pool_options")).as("not a scalar").isEmpty();

        DeploymentToml missing = DeploymentToml.parse(dir.resolve("missing.toml"));
        assertThat(missing.readable()).isFalse();
        assertThat(missing.error()).contains("There is no deployment.toml at");
        assertThat(missing.datasource("apim_db")).isEmpty();
        DeploymentToml broken = DeploymentToml.parse(toml("[database.apim_db\n"));
        assertThat(broken.error()).contains("is not valid TOML", "(line 1");
    }

    @Test
    void withoutPromptASecureVaultPasswordNamesOnlyTheVariable() throws IOException {
        DatasourceTable apim = DeploymentToml.parse(toml(GUIDE_EXAMPLE)).datasource("apim_db").orElseThrow();

        assertThatThrownBy(() -> apim.resolve(PasswordResolver.withoutPrompt(Map.<String, String>of()::get)))
                .isInstanceOfSatisfying(Failure.class, f -> {
                    assertThat(f.getMessage()).contains("apim_db", "secure-vault secret", "$secret{apim_db_password}")
                            .doesNotContain("terminal");
                    assertThat(f.remedy()).isEqualTo("Set the environment variable APIM_MIGRATE_APIM_DB_PASSWORD to "
                            + "the password.");
                });
        assertThat(apim.resolve(PasswordResolver.withoutPrompt(Map.of("APIM_MIGRATE_APIM_DB_PASSWORD",
                "from-the-env-1")::get)).password().reveal()).isEqualTo("from-the-env-1");
    }

    private static final String SHIPPED_H2 = """
            [database.apim_db]
            type = "h2"
            url = "jdbc:h2:./repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE"
            username = "wso2carbon"
            password = "wso2carbon"

            [database.shared_db]
            type = "h2"
            url = "jdbc:h2:./repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE"
            username = "wso2carbon"
            password = "wso2carbon"
            """;

    @Test
    void shippedH2UrlsAreTakenFromTheHomeTheFileBelongsTo() throws IOException {
        Path home = dir.resolve("wso2am-4.0.0");
        Path file = Files.createDirectories(home.resolve("repository/conf")).resolve("deployment.toml");
        Files.writeString(file, SHIPPED_H2);

        DeploymentToml.Datasources read = DeploymentToml.read(file, environment(Map.of()));

        assertThat(DeploymentToml.parse(file).home()).isEqualTo(home.toAbsolutePath());
        assertThat(read.get("apim_db").url()).isEqualTo("jdbc:h2:" + home.toAbsolutePath()
                + "/repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(read.get("shared_db").url()).isEqualTo("jdbc:h2:" + home.toAbsolutePath()
                + "/repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void aFileOutsideAHomeTakesRelativeH2PathsFromItsOwnFolder() throws IOException {
        Path file = toml(SHIPPED_H2);

        DeploymentToml.Datasources read = DeploymentToml.read(file, environment(Map.of()));

        assertThat(read.get("apim_db").url()).startsWith("jdbc:h2:" + dir.toAbsolutePath()
                + "/repository/database/WSO2AM_DB;");
    }
}
