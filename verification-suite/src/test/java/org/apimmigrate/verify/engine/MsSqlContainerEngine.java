package org.apimmigrate.verify.engine;

import org.testcontainers.mssqlserver.MSSQLServerContainer;

/**
 * SQL Server 2022 in a container. Its image only starts with the Microsoft EULA accepted, which
 * {@link ContainerEngines} allows only after {@code -Dapim.acceptLicenses=mssql}. Isolation: a database per test,
 * made as {@code sa}.
 */
final class MsSqlContainerEngine extends ContainerEngine {

    static final String DEFAULT_IMAGE = "mcr.microsoft.com/mssql/server:2022-latest";

    MsSqlContainerEngine() {
        super("mssql", new MSSQLServerContainer(image("mssql", DEFAULT_IMAGE)).acceptLicense());
    }

    @Override
    protected String isolationScript() {
        return "create-database";
    }

    @Override
    protected TestDatabase database(String name, String password) {
        return new TestDatabase(this, name, JdbcUrls.withDatabase("mssql", container().getJdbcUrl(), name),
                container().getUsername(), container().getPassword());
    }

    @Override
    public String isolation() {
        return "a new database per test";
    }
}
