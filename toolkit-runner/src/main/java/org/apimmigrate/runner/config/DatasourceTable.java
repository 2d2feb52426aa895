package org.apimmigrate.runner.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.redact.JdbcUrlRedaction;

/**
 * One {@code [database.<name>]} table of a deployment.toml as written: values as given (null where absent), the
 * password not yet resolved. The password is kept only to connect; it is never shown.
 *
 * @param origin where it is defined, for messages: {@code [database.apim_db] of /path/deployment.toml}
 */
public record DatasourceTable(String name, String type, String url, String username, String password, String driver,
                              String validationQuery, String origin) {

    static DatasourceTable of(String name, JsonNode table, String file) {
        return new DatasourceTable(name, text(table, "type"), text(table, "url"), text(table, "username"),
                text(table, "password"), text(table, "driver"), text(table, "validationQuery"),
                "[database." + name + "] of " + file);
    }

    private static String text(JsonNode table, String key) {
        return DeploymentToml.scalar(table.path(key)).orElse(null);
    }

    /** The datasource to connect to, its password resolved; fails where there is no url or no password to be had. */
    public Datasource resolve(PasswordResolver passwords) {
        if (url == null || url.isBlank()) {
            throw Failure.usage(origin + " has no url.", "Add url = \"jdbc:...\" to [database." + name + "], as the "
                    + "upgrade guide shows.");
        }
        return new Datasource(name, type, url.strip(), username, passwords.resolve(name, password, origin), driver,
                origin);
    }

    /** The URL with any password it carries masked. */
    public String safeUrl() {
        return JdbcUrlRedaction.redactPasswords(url);
    }

    @Override
    public String toString() {
        return "[database." + name + "] " + safeUrl();
    }
}
