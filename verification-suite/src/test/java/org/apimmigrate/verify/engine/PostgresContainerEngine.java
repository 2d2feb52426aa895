package org.apimmigrate.verify.engine;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a container, pinned to the minor version the embedded engine runs. Isolation: a database per test. */
final class PostgresContainerEngine extends ContainerEngine {

    static final String DEFAULT_IMAGE = "postgres:16.15";

    PostgresContainerEngine() {
        // the image's POSTGRES_USER is a superuser, so it may create databases
        super("postgresql", new PostgreSQLContainer(image("postgresql", DEFAULT_IMAGE)));
    }

    @Override
    protected String isolationScript() {
        return "create-database";
    }

    @Override
    protected TestDatabase database(String name, String password) {
        return new TestDatabase(this, name, JdbcUrls.withDatabase("postgresql", container().getJdbcUrl(), name),
                container().getUsername(), container().getPassword());
    }

    @Override
    public String isolation() {
        return "a new database per test";
    }
}
