package org.apimmigrate.verify.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Product and version as a server reports them over JDBC, on one line. */
final class EngineVersion {

    private EngineVersion() {
    }

    static String of(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String product = md.getDatabaseProductName();
        // Oracle reports a multi-line banner that already names the product
        String version = md.getDatabaseProductVersion().lines().findFirst().orElse("").strip();
        return version.startsWith(product) ? version : product + " " + version;
    }
}
