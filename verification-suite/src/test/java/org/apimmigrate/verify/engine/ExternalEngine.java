package org.apimmigrate.verify.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * An engine someone else runs, given by {@code -Dapim.external.<vendor>.url=...} (with {@code .user} and
 * {@code .password}). Tests share its one database, so each test starts by dropping what it finds there: point it at
 * a scratch database or schema only.
 */
final class ExternalEngine implements Engine {

    private final String vendorId;
    private final String url;
    private final String user;
    private final String password;
    private String version;

    private ExternalEngine(String vendorId, String url, String user, String password) {
        this.vendorId = vendorId;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static Optional<ExternalEngine> fromSystemProperties(String vendorId) {
        String prefix = "apim.external." + vendorId + ".";
        String url = System.getProperty(prefix + "url");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ExternalEngine(vendorId, url, System.getProperty(prefix + "user"),
                System.getProperty(prefix + "password")));
    }

    /** Engines are kept per JVM by key; another URL or user is another engine. */
    String key() {
        return "external:" + vendorId + ":" + url + ":" + user;
    }

    @Override
    public String vendorId() {
        return vendorId;
    }

    @Override
    public EngineTier tier() {
        return EngineTier.EXTERNAL;
    }

    @Override
    public synchronized String version() {
        if (version == null) {
            try (Connection c = new TestDatabase(this, "external", url, user, password).connect()) {
                var md = c.getMetaData();
                version = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
            } catch (SQLException e) {
                throw new IllegalStateException("External " + vendorId + " engine at " + redact(url)
                        + " is not reachable: " + e.getMessage(), e);
            }
        }
        return version;
    }

    @Override
    public String origin() {
        return redact(url);
    }

    @Override
    public TestDatabase createDatabase(String nameHint) {
        return new TestDatabase(this, nameHint, url, user, password);
    }

    /** URLs may carry passwords as parameters; reports never show them. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }
}
