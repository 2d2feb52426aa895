package org.apimmigrate.runner.preflight;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.apimmigrate.vendor.common.CurrentSchema;

/** Row counts of the tables the estimates use, where the database has them. */
final class RowCounts {

    private RowCounts() {
    }

    static Map<String, Long> of(Handle h, Set<String> wanted) {
        Set<String> present = tables(h);
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : wanted) {
            if (present.contains(table)) {
                out.put(table, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
        }
        return out;
    }

    private static Set<String> tables(Handle h) {
        Set<String> out = new HashSet<>();
        try {
            Connection c = h.getConnection();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), CurrentSchema.of(c), null,
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    out.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the catalog: " + e.getMessage(), e);
        }
        return out;
    }
}
