package org.apimmigrate.verify.engine;

import org.testcontainers.oracle.OracleContainer;

/**
 * Oracle Database Free in a container, the slim image (the faststart variants are known to fail creating users in
 * time). Isolation: a new user, which in Oracle is its own schema, per test, created by {@code SYSTEM} in the
 * pluggable database; {@code SYSTEM}'s password is the container's password.
 */
final class OracleContainerEngine extends ContainerEngine {

    static final String DEFAULT_IMAGE = "gvenzl/oracle-free:23-slim";

    OracleContainerEngine() {
        super("oracle", new OracleContainer(image("oracle", DEFAULT_IMAGE)));
    }

    @Override
    protected String adminUser() {
        return "system";
    }

    @Override
    protected String isolationScript() {
        return "create-user";
    }

    @Override
    protected TestDatabase database(String name, String password) {
        return new TestDatabase(this, name, container().getJdbcUrl(), name, password);
    }

    @Override
    public String isolation() {
        return "a new user (schema) per test";
    }
}
