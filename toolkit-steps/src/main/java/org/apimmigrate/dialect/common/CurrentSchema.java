package org.apimmigrate.dialect.common;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection's current schema, for catalog look-ups through {@link java.sql.DatabaseMetaData}. Null (every schema
 * the user sees) where the driver cannot tell: H2 1.4.199 answers {@code getSchema()} only on an embedded
 * connection, not on one that reached a database another process serves ({@code AUTO_SERVER=TRUE}, as API-M's URL
 * has it, while the server runs).
 */
public final class CurrentSchema {

    private CurrentSchema() {
    }

    public static String of(Connection c) throws SQLException {
        try {
            return c.getSchema();
        } catch (java.sql.SQLFeatureNotSupportedException e) {
            return null;
        } catch (SQLException e) {
            if ("HYC00".equals(e.getSQLState()) || e.getErrorCode() == 50100) {
                return null;
            }
            throw e;
        }
    }
}
