package org.apimmigrate.verify.engine;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real engine in a Testcontainers container: started once per JVM by {@link ContainerEngines}, and stopped by
 * Testcontainers' own reaper when the JVM ends (the singleton-container pattern). Each vendor's subclass says which
 * image it runs, how the suite logs in as administrator and how one test gets its own database, schema or user.
 */
abstract class ContainerEngine implements Engine {

    /** Beyond Testcontainers' own wait: until the administrator can really log in (Oracle's listener lags). */
    private static final Duration ADMIN_LOGIN_TIMEOUT = Duration.ofMinutes(3);

    private final String vendorId;
    private final JdbcDatabaseContainer<?> container;
    private final String version;

    ContainerEngine(String vendorId, JdbcDatabaseContainer<?> container) {
        this.vendorId = vendorId;
        this.container = container;
        container.start();
        await("administrator login to " + vendorId + " container")
                .atMost(ADMIN_LOGIN_TIMEOUT).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> {
                    try (Connection c = admin()) {
                        return c.isValid(5);
                    }
                });
        try (Connection c = admin()) {
            this.version = EngineVersion.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the version of the " + vendorId + " container", e);
        }
    }

    /** The image to run: {@code -Dapim.image.<vendor>} if given (it must be a variant of the default), else the default. */
    static DockerImageName image(String vendorId, String defaultImage) {
        DockerImageName standard = DockerImageName.parse(defaultImage);
        String override = System.getProperty("apim.image." + vendorId, "");
        return override.isBlank() ? standard : DockerImageName.parse(override).asCompatibleSubstituteFor(standard);
    }

    protected JdbcDatabaseContainer<?> container() {
        return container;
    }

    protected String adminUser() {
        return container.getUsername();
    }

    protected Connection admin() throws SQLException {
        return DriverManager.getConnection(container.getJdbcUrl(), adminUser(), container.getPassword());
    }

    /** The SQL resource (see {@link EngineSql}) that makes one test's database, schema or user. */
    protected abstract String isolationScript();

    /** How to reach what {@link #isolationScript()} made. */
    protected abstract TestDatabase database(String name, String password);

    @Override
    public final String vendorId() {
        return vendorId;
    }

    @Override
    public final EngineTier tier() {
        return EngineTier.TESTCONTAINERS;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final String origin() {
        return "image " + container.getDockerImageName();
    }

    @Override
    public final TestDatabase createDatabase(String nameHint) {
        String name = DatabaseNames.next(nameHint);
        String password = Passwords.random();
        try (Connection c = admin()) {
            EngineSql.run(c, vendorId, isolationScript(), Map.of("name", name, "password", password));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not isolate " + name + " on the " + vendorId + " container", e);
        }
        return database(name, password);
    }
}
