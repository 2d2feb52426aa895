package org.apimmigrate.verify.engine;

import java.time.Duration;
import org.testcontainers.db2.Db2Container;

/**
 * DB2 11.5 Community in a container. Its image only starts with the IBM licence accepted, which
 * {@link ContainerEngines} allows only after {@code -Dapim.acceptLicenses=db2}. Creating a DB2 database takes
 * minutes, so there is one database and each test gets a new schema in it, named in the URL as currentSchema.
 * The first start takes several minutes too, hence the long timeout.
 */
final class Db2ContainerEngine extends ContainerEngine {

    static final String DEFAULT_IMAGE = "icr.io/db2_community/db2:11.5.9.0";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(20);

    Db2ContainerEngine() {
        super("db2", new Db2Container(image("db2", DEFAULT_IMAGE)).acceptLicense().withStartupTimeout(STARTUP_TIMEOUT));
    }

    @Override
    protected String isolationScript() {
        return "create-schema";
    }

    @Override
    protected TestDatabase database(String name, String password) {
        return new TestDatabase(this, name, JdbcUrls.withSchema("db2", container().getJdbcUrl(), name),
                container().getUsername(), container().getPassword());
    }

    @Override
    public String isolation() {
        return "a new schema per test in the one database";
    }
}
