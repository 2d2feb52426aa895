package org.apimmigrate.runner.config;

import org.apimmigrate.runner.redact.JdbcUrlRedaction;

/**
 * One datasource as deployment.toml defines it ({@code [database.apim_db]} ...) or the command line gives it.
 *
 * @param name     {@code apim_db}, {@code shared_db}, {@code user} or {@code config}
 * @param type     deployment.toml's {@code type} (see {@code ConnectionFacts#tomlTypes}), null where not given
 * @param driver   deployment.toml's {@code driver} class name, null where not given
 * @param origin   where it was defined, for messages: {@code [database.apim_db] of /path/deployment.toml}
 */
public record Datasource(String name, String type, String url, String username, Secret password, String driver,
                         String origin) {

    /** The URL with any password it carries masked: how every message and report shows it. */
    public String safeUrl() {
        return JdbcUrlRedaction.redactPasswords(url);
    }

    /** The same datasource at another URL, e.g. one that never creates the database it names. */
    public Datasource withUrl(String otherUrl) {
        return new Datasource(name, type, otherUrl, username, password, driver, origin);
    }

    /** The environment variable that gives this datasource's password: {@code APIM_MIGRATE_APIM_DB_PASSWORD}. */
    public static String passwordVariable(String name) {
        return "APIM_MIGRATE_" + name.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD";
    }

    @Override
    public String toString() {
        return name + " " + safeUrl() + (username == null ? "" : " as " + username);
    }
}
