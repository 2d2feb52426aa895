package org.apimmigrate.api.schema;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A primary key, unique key, foreign key or check. For foreign keys {@code onUpdate}/{@code onDelete} keep the
 * vendor's own spelling (one-letter codes in the canonical catalog, words in others); {@code definition} is the raw
 * text of the snapshot's fourth field, kept so that a rendered line equals the catalog's line exactly.
 */
public record Constraint(String table, Kind kind, List<String> columns, String name, String refTable,
                         List<String> refColumns, String onUpdate, String onDelete, String check) {

    public enum Kind { PK, UNIQUE, FK, CHECK }

    private static final Pattern FK = Pattern.compile(
            "\\((.*?)\\) -> ([^(]+)\\((.*?)\\) ON UPDATE (.+?) ON DELETE (.+)");
    private static final Pattern COLS = Pattern.compile("\\((.*?)\\)(?: (.*))?");

    public Constraint {
        columns = List.copyOf(columns);
        refColumns = refColumns == null ? List.of() : List.copyOf(refColumns);
    }

    public static Constraint primaryKey(String table, String name, List<String> columns) {
        return new Constraint(table, Kind.PK, columns, name, null, List.of(), null, null, null);
    }

    public static Constraint unique(String table, String name, List<String> columns) {
        return new Constraint(table, Kind.UNIQUE, columns, name, null, List.of(), null, null, null);
    }

    public static Constraint foreignKey(String table, String name, List<String> columns, String refTable,
                                        List<String> refColumns, String onUpdate, String onDelete) {
        return new Constraint(table, Kind.FK, columns, name, refTable, refColumns, onUpdate, onDelete, null);
    }

    public String definition() {
        String cols = "(" + String.join(",", columns) + ")";
        return switch (kind) {
            case FK -> cols + " -> " + refTable + "(" + String.join(",", refColumns) + ") ON UPDATE " + onUpdate
                    + " ON DELETE " + onDelete;
            case CHECK -> cols + (check == null ? "" : " " + check);
            default -> cols;
        };
    }

    public Constraint withName(String newName) {
        return new Constraint(table, kind, columns, newName, refTable, refColumns, onUpdate, onDelete, check);
    }

    public SnapshotLine toLine() {
        return SnapshotLine.of(SnapshotLine.Kind.CON, table, kind.name(), definition(), name);
    }

    static Constraint fromLine(SnapshotLine line) {
        var f = line.fields();
        String table = f.get(0);
        Kind kind = Kind.valueOf(f.get(1));
        String def = f.get(2);
        String name = f.size() > 3 ? f.get(3) : "";
        if (kind == Kind.FK) {
            Matcher m = FK.matcher(def);
            if (!m.matches()) {
                throw new IllegalArgumentException("Unreadable foreign key: " + line);
            }
            return new Constraint(table, kind, split(m.group(1)), name, m.group(2), split(m.group(3)), m.group(4),
                    m.group(5), null);
        }
        Matcher m = COLS.matcher(def);
        if (!m.matches()) {
            throw new IllegalArgumentException("Unreadable constraint: " + line);
        }
        return new Constraint(table, kind, split(m.group(1)), name, null, List.of(), null, null, m.group(2));
    }

    static List<String> split(String cols) {
        if (cols == null || cols.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cols.split(",")).map(String::strip).toList();
    }
}
