package org.apimmigrate.runner.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything needed to reach the API Manager's databases: the two the toolkit migrates, the others deployment.toml
 * names (checked for reachability only; {@code unusable}: those that cannot be, with why), and the folders whose
 * JDBC drivers are loaded beside the bundled ones.
 */
public record Configuration(Datasource apimDb, Datasource sharedDb, List<Datasource> others,
                            java.util.Map<String, String> unusable, List<Path> driverDirs) {

    public Configuration {
        others = List.copyOf(others);
        unusable = java.util.Map.copyOf(unusable);
        driverDirs = List.copyOf(driverDirs);
    }
}
