package org.apimmigrate.verify.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * An engine someone else runs (e.g. a release engineer's staging server), given by
 * {@code -Dapim.external.<vendor>.url=...}, {@code .user=...} and {@code .password=...}. All tests share its one
 * database, so each test gets its own space in it, as far as the vendor allows:
 * <ul>
 *   <li>PostgreSQL, DB2, H2: a new schema, named in the URL ({@code currentSchema}, {@code SCHEMA});</li>
 *   <li>SQL Server: a new schema, made the connecting database user's default schema (so never as {@code dbo});</li>
 *   <li>MySQL: a new database (in MySQL a database is a schema);</li>
 *   <li>Oracle: a new user (= schema) if the given user may create users and grant them privileges; otherwise the
 *       given user's own objects are dropped before each test.</li>
 * </ul>
 * Every space is named {@code apim_<hint>_<n>} so that a DBA can grant on and drop them by prefix; nothing is dropped
 * afterwards. The password is never shown: not in {@link #describe()}, {@link #origin()} or any message, also not
 * where the URL itself carries it.
 */
final class ExternalEngine implements Engine {

    /** Oracle: ORA-01031 insufficient privileges. */
    private static final int ORACLE_INSUFFICIENT_PRIVILEGES = 1031;

    private final String vendorId;
    private final String url;
    private final String user;
    private final String password;
    private String version;
    /** Oracle only: whether the given user may create users; learnt on the first test. */
    private Boolean createsUsers;

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
        return Optional.of(new ExternalEngine(vendorId, url.strip(), System.getProperty(prefix + "user"),
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
            try (Connection c = connectAsGiven()) {
                version = EngineVersion.of(c);
            } catch (SQLException e) {
                throw failure("is not reachable", e);
            }
        }
        return version;
    }

    @Override
    public String origin() {
        return hidePassword(url) + (user == null ? "" : " as " + user);
    }

    @Override
    public String isolation() {
        return switch (vendorId) {
            case "mysql" -> "a new database per test";
            case "mssql" -> "a new schema per test, made the user's default schema";
            case "oracle" -> "a new user (schema) per test where the user may create users, "
                    + "else the user's own objects dropped before each test";
            default -> "a new schema per test in the one database";
        };
    }

    @Override
    public synchronized TestDatabase createDatabase(String nameHint) {
        String name = "apim_" + DatabaseNames.next(nameHint);
        try (Connection c = connectAsGiven()) {
            TestDatabase db = switch (vendorId) {
                case "mysql" -> {
                    EngineSql.run(c, vendorId, "create-database", Map.of("name", name));
                    yield new TestDatabase(this, name, JdbcUrls.withDatabase(vendorId, url, name), user, password);
                }
                case "oracle" -> newUserOrCleanedUp(c, name);
                default -> {
                    EngineSql.run(c, vendorId, "create-schema", Map.of("name", name));
                    yield new TestDatabase(this, name, JdbcUrls.withSchema(vendorId, url, name), user, password);
                }
            };
            checkIsolated(db);
            return db;
        } catch (SQLException e) {
            throw failure("could not give test " + name + " its own space (" + isolation() + ")", e);
        }
    }

    private TestDatabase newUserOrCleanedUp(Connection c, String name) throws SQLException {
        if (createsUsers == null || createsUsers) {
            String newPassword = Passwords.random();
            try {
                EngineSql.run(c, vendorId, "create-user", Map.of("name", name, "password", newPassword));
                createsUsers = true;
                return new TestDatabase(this, name, url, name, newPassword);
            } catch (SQLException e) {
                if (e.getErrorCode() != ORACLE_INSUFFICIENT_PRIVILEGES || Boolean.TRUE.equals(createsUsers)) {
                    throw e;
                }
                createsUsers = false;
                dropHalfMadeUser(c, name);
            }
        }
        EngineSql.run(c, vendorId, "drop-own-objects", Map.of());
        return new TestDatabase(this, user, url, user, password);
    }

    /** CREATE USER may have worked where a GRANT then did not. */
    private static void dropHalfMadeUser(Connection c, String name) {
        try (var s = c.createStatement()) {
            s.execute("DROP USER " + name + " CASCADE");
        } catch (SQLException ignored) {
            // it was never created
        }
    }

    /** A new space is only worth something if connections through it really land there. */
    private void checkIsolated(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            String landed = vendorId.equals("mysql") ? c.getCatalog() : c.getSchema();
            if (landed == null || !landed.equalsIgnoreCase(db.name())) {
                throw new IllegalStateException("External " + vendorId + " engine at " + origin() + ": a connection for "
                        + db.name() + " lands in " + landed + " instead (" + isolation() + ")."
                        + (vendorId.equals("mssql") ? " The user must not be dbo (e.g. not sysadmin), since dbo's "
                        + "default schema is always dbo." : ""));
            }
        }
    }

    private Connection connectAsGiven() throws SQLException {
        return new TestDatabase(this, "external", url, user, password).connect();
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("External " + vendorId + " engine at " + origin() + " " + what + ": "
                + hidePassword(String.valueOf(e.getMessage())) + " [SQLState " + e.getSQLState() + "]");
    }

    /** Hides the password wherever it shows: as a URL parameter, in URL credentials, or as itself. */
    String hidePassword(String text) {
        String out = redact(text);
        return password == null || password.isEmpty() ? out : out.replace(password, "***");
    }

    /** URLs may carry passwords: {@code password=}/{@code pwd=} parameters, {@code //user:pw@} or Oracle's {@code user/pw@}. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password|pwd)=(\\{[^}]*}|[^;&]*)", "$1=***")
                .replaceAll("//([^/:@]+):[^/@]*@", "//$1:***@")
                .replaceAll("(?i)(jdbc:oracle:thin:)([^/@]+)/[^@]*@", "$1$2/***@");
    }

    @Override
    public String toString() {
        return "external " + vendorId + " engine at " + origin();
    }
}
