package org.apimmigrate.api.schema;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index that backs no constraint. {@code definition} is the vendor's text (e.g.
 * {@code USING BTREE (A, B)} or {@code (A,B)}); {@link #columns()} is read out of it.
 */
public record Index(String table, String name, String definition) {

    private static final Pattern COLS = Pattern.compile(".*?\\((.*)\\)\\s*$");

    public List<String> columns() {
        Matcher m = COLS.matcher(definition);
        return m.matches() ? Constraint.split(m.group(1)) : List.of();
    }

    public boolean unique() {
        return definition.startsWith("UNIQUE");
    }

    public SnapshotLine toLine() {
        return SnapshotLine.of(SnapshotLine.Kind.IDX, table, name, definition);
    }

    static Index fromLine(SnapshotLine line) {
        var f = line.fields();
        return new Index(f.get(0), f.get(1), f.get(2));
    }
}
