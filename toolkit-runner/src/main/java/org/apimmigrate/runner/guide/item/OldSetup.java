package org.apimmigrate.runner.guide.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apimmigrate.runner.config.DatasourceTable;
import org.apimmigrate.runner.config.RegistryXml;
import org.apimmigrate.runner.guide.config.MasterDatasources;
import org.apimmigrate.runner.guide.config.TomlConfig;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.config.ApimHome;

/** What the 3.2.0 home tells about the setup the upgrade must carry over. */
public final class OldSetup {

    /** 3.2.0's default gateway environment, used when its deployment.toml names none. */
    public static final String DEFAULT_GATEWAY_ENVIRONMENT = "Production and Sandbox";
    /** The user store type both versions use when deployment.toml names none. */
    public static final String DEFAULT_USER_STORE = "database_unique_id";

    /** The JNDI names 3.2.0 gives the datasources of its {@code [database.*]} tables. */
    private static final Map<String, String> JNDI_OF_DATABASE = Map.of(
            "jdbc/WSO2SharedDB", "shared_db",
            "jdbc/WSO2AM_DB", "apim_db",
            "jdbc/WSO2UM_DB", "user",
            "jdbc/WSO2USER_DB", "user",
            "jdbc/WSO2CONFIG_DB", "config");

    private final ApimHome home;
    private RegistryXml registryXml;

    public OldSetup(ApimHome home) {
        this.home = home;
    }

    public ApimHome home() {
        return home;
    }

    public TomlConfig toml() {
        return home.toml();
    }

    public RegistryXml registryXml() {
        if (registryXml == null) {
            registryXml = RegistryXml.readIfPossible(home.registryXml());
        }
        return registryXml;
    }

    public Optional<DatasourceTable> datasource(String name) {
        return toml().datasource(name);
    }

    /** Whether 3.2.0 had registry versioning on: from registry.xml, else from its deployment.toml. */
    public Probe<Boolean> versioningOn() {
        RegistryXml xml = registryXml();
        if (xml.readable() && !xml.flagsSet().isEmpty()) {
            return Probe.of(xml.versioningOn());
        }
        if (toml().readable()) {
            return Probe.of(toml().text("registry.static_configuration.enable").map(Boolean::parseBoolean)
                    .orElse(false));
        }
        return Probe.unknown("neither " + xml.file() + " nor the old deployment.toml can be read");
    }

    /** Where {@link #versioningOn()} got its answer, for the report. */
    public String versioningSource() {
        RegistryXml xml = registryXml();
        if (xml.readable() && !xml.flagsSet().isEmpty()) {
            Map<String, Boolean> flags = xml.flagsSet();
            if (flags.size() == RegistryXml.FLAGS.size() && flags.values().stream().distinct().count() == 1) {
                return "all four versioning flags " + flags.values().iterator().next() + " in " + xml.file();
            }
            return flags + " in " + xml.file();
        }
        return toml().file() + " [registry.static_configuration]";
    }

    /**
     * The JDBC URL of the database the 3.2.0 registry used: registry.xml's datasource, looked up in the old
     * deployment.toml and then in master-datasources.xml.
     */
    public Probe<String> registryDatabaseUrl() {
        String jndi = registryXml().dataSource().orElse("jdbc/WSO2SharedDB");
        String db = JNDI_OF_DATABASE.get(jndi);
        if (db != null) {
            Optional<String> url = datasource(db).map(DatasourceTable::url);
            if (url.isPresent()) {
                return Probe.of(url.get());
            }
        }
        for (JsonNode ds : toml().array("datasource")) {
            String id = ds.path("id").asText("");
            String name = ds.path("jndi_config").path("name").asText("jdbc/" + id);
            if (jndi.equals(name) && ds.hasNonNull("url")) {
                return Probe.of(ds.get("url").asText());
            }
        }
        return MasterDatasources.url(home.masterDatasources(), jndi).map(Probe::of)
                .orElseGet(() -> Probe.unknown("the old registry's datasource " + jndi
                        + " is found neither in the old deployment.toml nor in " + home.masterDatasources()));
    }

    /** The secure-vault aliases 3.2.0 used: its {@code [secrets]}, else its cipher-text.properties. */
    public Set<String> secretAliases() {
        Set<String> out = new LinkedHashSet<>();
        toml().at("secrets").fieldNames().forEachRemaining(out::add);
        if (out.isEmpty() && Files.isRegularFile(home.cipherText())) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(home.cipherText())) {
                p.load(in);
                p.stringPropertyNames().stream().sorted().forEach(out::add);
            } catch (IOException e) {
                // unreadable: treated as holding no aliases; the secure-vault item says what it could read
            }
        }
        return out;
    }

    public List<String> gatewayEnvironments() {
        return environmentNames(toml(), DEFAULT_GATEWAY_ENVIRONMENT);
    }

    public String userStoreType() {
        return toml().text("user_store.type").orElse(DEFAULT_USER_STORE);
    }

    /** The {@code name}s of a toml's {@code [[apim.gateway.environment]]}, or the version's default. */
    public static List<String> environmentNames(TomlConfig toml, String defaultName) {
        List<String> out = new ArrayList<>();
        for (JsonNode env : toml.array("apim.gateway.environment")) {
            if (env.hasNonNull("name")) {
                out.add(env.get("name").asText());
            }
        }
        return out.isEmpty() ? List.of(defaultName) : out;
    }
}
