package org.apimmigrate.runner.guide.config;

import java.util.Optional;

/**
 * One {@code [database.<name>]} table of a deployment.toml. The password is kept only to connect; it is never shown.
 */
public record DatasourceConfig(String name, String type, String url, String username, String password, String driver,
                               String validationQuery) {

    public static Optional<DatasourceConfig> of(TomlConfig toml, String name) {
        String base = "database." + name + ".";
        if (!toml.at("database." + name).isObject()) {
            return Optional.empty();
        }
        return Optional.of(new DatasourceConfig(name, toml.text(base + "type").orElse(null),
                toml.text(base + "url").orElse(null), toml.text(base + "username").orElse(null),
                toml.text(base + "password").orElse(null), toml.text(base + "driver").orElse(null),
                toml.text(base + "validationQuery").orElse(null)));
    }

    public Optional<DatabaseType> databaseType() {
        return DatabaseTypes.byTomlType(type);
    }

    /** The environment variable that gives the password when the toml holds a secure-vault reference. */
    public String passwordVariable() {
        return "APIM_MIGRATE_" + name.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD";
    }

    public boolean passwordIsSecret() {
        return password != null && SecretReferences.isReference(password);
    }

    @Override
    public String toString() {
        return "[database." + name + "] " + JdbcUrls.redact(url);
    }
}
