package org.apimmigrate.verify.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apimmigrate.check.SchemaConformance;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * Rows as canonical text (columns by name, values as the driver returns them) and order-independent digests of them:
 * equal digests mean the same multiset of rows, byte for byte as the driver sees them.
 */
public final class RowDigest {

    private RowDigest() {
    }

    /** The toolkit's own tables (journal, lock, work tables): their rows hold times or are transient. */
    public static boolean toolOwned(String table) {
        return SchemaConformance.toolOwned(table);
    }

    /** Digest per table, over one connection (opening an H2 file database per table would cost seconds). */
    public static Map<String, String> tables(TestDatabase db, Collection<String> tables) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect()) {
            for (String table : tables) {
                if (!toolOwned(table)) {
                    out.put(table, digest(records(c, "SELECT * FROM " + table).stream().map(RowDigest::line)
                            .toList()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out;
    }

    /** "n rows sha256" of the query's rows. */
    public static String of(TestDatabase db, String query) {
        return digest(rows(db, query));
    }

    public static String digest(List<String> rows) {
        List<String> sorted = new ArrayList<>(rows);
        Collections.sort(sorted);
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            sorted.forEach(r -> d.update((r + '\n').getBytes(StandardCharsets.UTF_8)));
            return sorted.size() + " rows " + HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of the query as {@code COL=value|COL=value...}, columns sorted by name. */
    public static List<String> rows(TestDatabase db, String query) {
        return records(db, query).stream().map(RowDigest::line).toList();
    }

    public static String line(Map<String, String> record) {
        StringBuilder row = new StringBuilder();
        record.forEach((k, v) -> row.append(k).append('=').append(v).append('|'));
        return row.toString();
    }

    private static String text(Object v) throws SQLException {
        if (v instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        }
        if (v instanceof java.sql.Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (v instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return String.valueOf(v);
    }

    /** Every row of the query, column name (upper case) to value as text ({@code null} for NULL), sorted by name. */
    public static List<Map<String, String>> records(TestDatabase db, String query) {
        try (Connection c = db.connect()) {
            return records(c, query);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    static List<Map<String, String>> records(Connection c, String query) {
        List<Map<String, String>> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.put(md.getColumnLabel(i).toUpperCase(Locale.ROOT), text(v));
                }
                out.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
        return out;
    }
}
