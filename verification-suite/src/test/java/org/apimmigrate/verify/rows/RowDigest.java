package org.apimmigrate.verify.rows;

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
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apimmigrate.schema.ToolkitTables;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * Rows as canonical text (columns by name, values as the driver returns them) and order-independent digests of them:
 * equal digests mean the same multiset of rows, byte for byte as the driver sees them. The one row digest of the
 * suite: the registry's expected end state, a database's state before and after a run, and the nothing-lost checks.
 */
public final class RowDigest {

    private RowDigest() {
    }

    /** The toolkit's own tables (journal, lock, work tables): their rows hold times or are transient. */
    public static boolean toolOwned(String table) {
        return ToolkitTables.owns(table);
    }

    /** Digest per table, leaving out the toolkit's own tables. */
    public static Map<String, String> tables(TestDatabase db, Collection<String> tables) {
        return tables(db, tables, Set.of());
    }

    /**
     * As {@link #tables(TestDatabase, Collection)}, leaving out the given {@code TABLE.COLUMN}s: columns a migration
     * adds with a current-time default hold the time of the run, which differs between two otherwise identical runs.
     * Over one connection (opening an H2 file database per table would cost seconds).
     */
    public static Map<String, String> tables(TestDatabase db, Collection<String> tables, Set<String> skippedColumns) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect()) {
            for (String table : tables) {
                if (toolOwned(table)) {
                    continue;
                }
                String prefix = table.toUpperCase(Locale.ROOT) + ".";
                List<String> rows = new ArrayList<>();
                for (Map<String, String> record : records(c, "SELECT * FROM " + table)) {
                    record.keySet().removeIf(column -> skippedColumns.contains(prefix + column));
                    rows.add(line(record));
                }
                out.put(table, digest(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out;
    }

    /**
     * Digests of the given columns only: per table, the columns to read, each with the label it is hashed under (so a
     * renamed column hashes as its old name and a table compares equal across a rename).
     *
     * @param identifier how a column name is written in a query on this database
     */
    public static Map<String, String> columns(TestDatabase db, Map<String, Map<String, String>> columnsByTable,
                                              UnaryOperator<String> identifier) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (Map.Entry<String, Map<String, String>> t : columnsByTable.entrySet()) {
                List<Map.Entry<String, String>> columns = new ArrayList<>(t.getValue().entrySet());
                String select = "SELECT " + String.join(", ", columns.stream().map(e -> identifier.apply(e.getKey()))
                        .toList()) + " FROM " + t.getKey();
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(select)) {
                    while (rs.next()) {
                        Map<String, String> record = new TreeMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            record.put(columns.get(i).getValue(), text(rs.getObject(i + 1)));
                        }
                        rows.add(line(record));
                    }
                }
                out.put(t.getKey(), digest(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out;
    }

    /** The tables whose digests differ, one readable line each; empty when both hold the same rows. */
    public static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        SortedSet<String> tables = new TreeSet<>(expected.keySet());
        tables.addAll(actual.keySet());
        List<String> out = new ArrayList<>();
        for (String t : tables) {
            String e = expected.get(t);
            String a = actual.get(t);
            if (!Objects.equals(e, a)) {
                out.add(t + ": expected " + e + ", was " + a);
            }
        }
        return out;
    }

    /** "n rows sha256" of the query's rows. */
    public static String of(TestDatabase db, String query) {
        return digest(rows(db, query));
    }

    /** "n rows sha256" of rows given as canonical lines, whatever their order. */
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

    /** A record as one canonical line, {@code COL=value|...} in the record's (name) order. */
    public static String line(Map<String, String> record) {
        StringBuilder row = new StringBuilder();
        record.forEach((k, v) -> row.append(k).append('=').append(v).append('|'));
        return row.toString();
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
                    row.put(md.getColumnLabel(i).toUpperCase(Locale.ROOT), text(rs.getObject(i)));
                }
                out.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A value as text: binary as hex, character objects read out, everything else as the driver's object prints. */
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
}
