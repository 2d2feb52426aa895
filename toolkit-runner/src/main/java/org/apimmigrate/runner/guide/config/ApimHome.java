package org.apimmigrate.runner.guide.config;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apimmigrate.runner.guide.config.TomlConfig;

/** An API Manager home folder (3.2.0 or 4.0.0) and where the guide's files live in it. */
public final class ApimHome {

    private final Path root;
    private TomlConfig toml;

    public ApimHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path conf() {
        return root.resolve("repository/conf");
    }

    public Path deploymentToml() {
        return conf().resolve("deployment.toml");
    }

    public Path registryXml() {
        return conf().resolve("registry.xml");
    }

    public Path masterDatasources() {
        return conf().resolve("datasources/master-datasources.xml");
    }

    public Path cipherText() {
        return conf().resolve("security/cipher-text.properties");
    }

    public Path lib() {
        return root.resolve("repository/components/lib");
    }

    public Path dropins() {
        return root.resolve("repository/components/dropins");
    }

    public Path security() {
        return root.resolve("repository/resources/security");
    }

    public Path bin() {
        return root.resolve("bin");
    }

    public Path solr() {
        return root.resolve("solr");
    }

    public Path migrationResources() {
        return root.resolve("migration-resources");
    }

    public Path defaultSequences() {
        return root.resolve("repository/deployment/server/synapse-configs/default/sequences");
    }

    /** Written by a running Carbon server, removed when it stops cleanly. */
    public Path pidFile() {
        return root.resolve("wso2carbon.pid");
    }

    public boolean looksLikeHome() {
        return Files.isDirectory(conf());
    }

    /** The deployment.toml, read once. */
    public TomlConfig toml() {
        if (toml == null) {
            toml = TomlConfig.read(deploymentToml());
        }
        return toml;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
