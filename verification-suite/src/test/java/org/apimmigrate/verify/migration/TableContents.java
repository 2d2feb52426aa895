package org.apimmigrate.verify.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * A digest of every row of every table of a schema, independent of row order: two databases with equal digests hold
 * the same rows. Tables of the toolkit's own (journal, lock) are left out, their rows hold times.
 */
public final class TableContents {

    private TableContents() {
    }

    public static Map<String, String> of(TestDatabase db, Snapshot schema) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String table : schema.tables()) {
                if (MigrationFixture.toolOwned(table)) {
                    continue;
                }
                out.put(table, digest(st, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String digest(Statement st, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnLabel(i).toUpperCase());
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> names.get(a).compareTo(names.get(b)));
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i : order) {
                    Object v = rs.getObject(i + 1);
                    row.append(names.get(i)).append('=').append(v instanceof byte[] b ? HexFormat.of().formatHex(b)
                            : v instanceof java.sql.Blob blob ? HexFormat.of().formatHex(blob.getBytes(1,
                            (int) blob.length())) : String.valueOf(v)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> d.update(r.getBytes(StandardCharsets.UTF_8)));
            return rows.size() + " rows " + HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
