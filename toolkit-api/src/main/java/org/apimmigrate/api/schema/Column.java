package org.apimmigrate.api.schema;

/**
 * A column as the vendor's catalog reports it. {@code type} is in the vendor's own vocabulary and is valid DDL
 * for that vendor; {@code defaultValue} is the empty string when there is none.
 */
public record Column(String table, String name, String type, boolean nullable, String defaultValue) {

    public boolean hasDefault() {
        return defaultValue != null && !defaultValue.isEmpty();
    }

    public Column withType(String newType) {
        return new Column(table, name, newType, nullable, defaultValue);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(table, name, type, newNullable, defaultValue);
    }

    public Column withDefault(String newDefault) {
        return new Column(table, name, type, nullable, newDefault == null ? "" : newDefault);
    }

    public SnapshotLine toLine() {
        return SnapshotLine.of(SnapshotLine.Kind.COL, table, name, type, nullable ? "NULL" : "NOT NULL",
                defaultValue == null ? "" : defaultValue);
    }

    static Column fromLine(SnapshotLine line) {
        var f = line.fields();
        return new Column(f.get(0), f.get(1), f.get(2), !"NOT NULL".equals(f.get(3)), f.size() > 4 ? f.get(4) : "");
    }
}
