package org.apimmigrate.verify.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * Counts and sums over every column that identifies a registry row, computed by the engine: equal fingerprints of
 * the toolkit's tables and of the one-pass bound's survivor tables mean the same rows, at sizes where pulling the rows
 * into the JVM would cost more than the run itself.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String association(TestDatabase db, String table, String idColumn) {
        return of(db, "SELECT COUNT(*), COUNT(REG_VERSION), COUNT(REG_PATH_ID), COUNT(REG_RESOURCE_NAME), SUM(" + idColumn
                + "), SUM(REG_VERSION), SUM(REG_PATH_ID), SUM(REG_TENANT_ID), MAX(REG_RESOURCE_NAME) FROM " + table);
    }

    static String value(TestDatabase db, String table) {
        return of(db, "SELECT COUNT(*), SUM(REG_ID), SUM(REG_TENANT_ID) FROM " + table);
    }

    static String log(TestDatabase db, String table) {
        return of(db, "SELECT COUNT(*), SUM(REG_LOG_ID), SUM(REG_ACTION), SUM(REG_TENANT_ID), COUNT(REG_PATH) FROM "
                + table);
    }

    static long count(TestDatabase db, String query) {
        return Long.parseLong(of(db, query).split(",")[0]);
    }

    /** The first row of {@code query}, its values joined by commas. */
    static String of(TestDatabase db, String query) {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String v = rs.getString(i);
                values.add(v == null ? "null" : v.replaceAll("\\.0+$", ""));
            }
            return String.join(",", values);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }
}
