package org.apimmigrate.verify.engine;

import org.testcontainers.mysql.MySQLContainer;

/**
 * Real Oracle MySQL 8.0 in a container (the embedded tier only has MariaDB). Isolation: a database per test, made
 * as root, whose password Testcontainers sets to the container's password.
 */
final class MySqlContainerEngine extends ContainerEngine {

    static final String DEFAULT_IMAGE = "mysql:8.0";

    MySqlContainerEngine() {
        super("mysql", new MySQLContainer(image("mysql", DEFAULT_IMAGE)));
    }

    @Override
    protected String adminUser() {
        return "root";
    }

    @Override
    protected String isolationScript() {
        return "create-database";
    }

    @Override
    protected TestDatabase database(String name, String password) {
        return new TestDatabase(this, name, JdbcUrls.withDatabase("mysql", container().getJdbcUrl(), name),
                adminUser(), container().getPassword());
    }

    @Override
    public String isolation() {
        return "a new database per test";
    }
}
