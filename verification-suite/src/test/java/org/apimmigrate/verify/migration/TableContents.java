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
import java.util.Set;
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
        return of(db, schema, Set.of());
    }

    /**
     * As {@link #of(TestDatabase, Snapshot)}, leaving out the given {@code TABLE.COLUMN}s: columns a migration adds with a
     * current-time default hold the time of the run, which differs between two runs that are otherwise identical.
     */
    public static Map<String, String> of(TestDatabase db, Snapshot schema, Set<String> skippedColumns) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String table : schema.tables()) {
                if (org.apimmigrate.check.SchemaConformance.toolOwned(table)) {
                    continue;
                }
                out.put(table, digest(st, table, skippedColumns));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Digests of the given columns only: per table, the columns to read, each with the label it is hashed under (so a
     * renamed column hashes as its old name and a table compares equal across a rename).
     */
    public static Map<String, String> ofColumns(TestDatabase db, Map<String, Map<String, String>> columnsByTable,
                                                java.util.function.UnaryOperator<String> identifier) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (Map.Entry<String, Map<String, String>> t : columnsByTable.entrySet()) {
                List<String> rows = new ArrayList<>();
                List<Map.Entry<String, String>> columns = new ArrayList<>(t.getValue().entrySet());
                columns.sort(Map.Entry.comparingByValue());
                String select = "SELECT " + String.join(", ", columns.stream().map(e -> identifier.apply(e.getKey())).toList())
                        + " FROM " + t.getKey();
                try (ResultSet rs = st.executeQuery(select)) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 0; i < columns.size(); i++) {
                            row.append(columns.get(i).getValue()).append('=').append(text(rs.getObject(i + 1)))
                                    .append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                out.put(t.getKey(), hash(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String text(Object v) throws SQLException {
        return v instanceof byte[] b ? HexFormat.of().formatHex(b)
                : v instanceof java.sql.Blob blob ? HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()))
                : v instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : String.valueOf(v);
    }

    private static String hash(List<String> rows) {
        Collections.sort(rows);
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> d.update(r.getBytes(StandardCharsets.UTF_8)));
            return rows.size() + " rows " + HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose contents differ, one readable line each; empty when both hold the same rows. */
    public static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        java.util.SortedSet<String> tables = new java.util.TreeSet<>(expected.keySet());
        tables.addAll(actual.keySet());
        List<String> out = new ArrayList<>();
        for (String t : tables) {
            String e = expected.get(t);
            String a = actual.get(t);
            if (!java.util.Objects.equals(e, a)) {
                out.add(t + ": expected " + e + ", was " + a);
            }
        }
        return out;
    }

    private static String digest(Statement st, String table, Set<String> skippedColumns) throws SQLException {
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
            order.removeIf(i -> skippedColumns.contains(table.toUpperCase() + "." + names.get(i)));
            order.sort((a, b) -> names.get(a).compareTo(names.get(b)));
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i : order) {
                    row.append(names.get(i)).append('=').append(text(rs.getObject(i + 1))).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        return hash(rows);
    }
}
