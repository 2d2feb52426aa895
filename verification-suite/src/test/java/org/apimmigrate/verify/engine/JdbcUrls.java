package org.apimmigrate.verify.engine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a JDBC URL so that it names one test's database or schema, in each vendor's own URL syntax. The
 * isolation must live in the URL (not in connection properties) because the migration runner may be started as a
 * separate process that only gets the URL, user and password.
 */
final class JdbcUrls {

    /** {@code jdbc:<driver>://host[:port]/database[?params]} (PostgreSQL, MySQL, MariaDB). */
    private static final Pattern SLASH_DATABASE = Pattern.compile("^(jdbc:[a-z]+://[^/?]*)(/[^?]*)?(\\?.*)?$");

    private JdbcUrls() {
    }

    static String withDatabase(String vendorId, String url, String database) {
        return switch (vendorId) {
            case "postgresql", "mysql" -> {
                Matcher m = SLASH_DATABASE.matcher(url);
                if (!m.matches()) {
                    throw new IllegalArgumentException("Not a " + vendorId + " JDBC URL: " + redactedShape(url));
                }
                yield m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
            }
            case "mssql" -> url.replaceAll("(?i);\\s*(databaseName|database)=[^;]*", "") + ";databaseName=" + database;
            default -> throw new IllegalArgumentException("No database-per-test URL for " + vendorId);
        };
    }

    static String withSchema(String vendorId, String url, String schema) {
        return switch (vendorId) {
            case "postgresql" -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            case "db2" -> withDb2Property(url, "currentSchema", schema.toUpperCase(Locale.ROOT));
            case "h2" -> url + ";SCHEMA=" + schema.toUpperCase(Locale.ROOT);
            // SQL Server has no URL setting for it: the schema is made the user's default schema instead
            case "mssql" -> url;
            default -> throw new IllegalArgumentException("No schema-per-test URL for " + vendorId);
        };
    }

    /** DB2 JCC: {@code jdbc:db2://host:port/db:prop=value;prop=value;}. */
    private static String withDb2Property(String url, String key, String value) {
        String afterHost = url.substring(Math.min(url.length(), url.indexOf("//") + 2));
        int slash = afterHost.indexOf('/');
        boolean hasProperties = slash >= 0 && afterHost.indexOf(':', slash) >= 0;
        if (!hasProperties) {
            return url + ":" + key + "=" + value + ";";
        }
        return (url.endsWith(";") ? url : url + ";") + key + "=" + value + ";";
    }

    private static String redactedShape(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?...";
    }
}
