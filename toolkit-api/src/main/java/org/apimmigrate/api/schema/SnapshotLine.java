package org.apimmigrate.api.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One line of a normalized schema snapshot, in the format of the reference catalog dumps:
 * <pre>
 * COL|TABLE|COLUMN|type|NULL or NOT NULL|default
 * CON|TABLE|PK, UNIQUE, FK or CHECK|(COLS) [-> REFTABLE(COLS) ON UPDATE x ON DELETE y]|CONSTRAINT_NAME
 * IDX|TABLE|INDEX_NAME|definition
 * SEQ|NAME
 * TRG|TABLE|NAME|timing event
 * FUNC|NAME
 * </pre>
 * Lines compare as text, so two snapshots of the same vendor are equal exactly when their lines are.
 */
public record SnapshotLine(Kind kind, List<String> fields) implements Comparable<SnapshotLine> {

    public enum Kind { COL, CON, IDX, SEQ, TRG, FUNC }

    public SnapshotLine {
        Objects.requireNonNull(kind);
        fields = List.copyOf(fields);
    }

    public static SnapshotLine of(Kind kind, String... fields) {
        return new SnapshotLine(kind, Arrays.asList(fields));
    }

    public static SnapshotLine parse(String text) {
        String[] parts = text.split("\\|", -1);
        Kind kind = Kind.valueOf(parts[0]);
        return new SnapshotLine(kind, Arrays.asList(parts).subList(1, parts.length));
    }

    /** The table the line belongs to, or null for sequences and functions. */
    public String table() {
        return switch (kind) {
            case COL, CON, IDX, TRG -> fields.get(0);
            case SEQ, FUNC -> null;
        };
    }

    /** The table the line belongs to, or for a sequence or function its own name. */
    public String tableOrName() {
        String table = table();
        return table != null ? table : fields.get(0);
    }

    /** What the line describes, without its attributes: two lines with the same key describe the same object. */
    public String key() {
        return switch (kind) {
            case COL -> "COL|" + fields.get(0) + "|" + fields.get(1);
            case CON -> "CON|" + fields.get(0) + "|" + fields.get(1) + "|" + fields.get(2);
            case IDX -> "IDX|" + fields.get(0) + "|" + fields.get(1);
            case TRG -> "TRG|" + fields.get(0) + "|" + fields.get(1);
            case SEQ, FUNC -> kind + "|" + fields.get(0);
        };
    }

    public String text() {
        return kind + "|" + String.join("|", fields);
    }

    @Override
    public int compareTo(SnapshotLine o) {
        return text().compareTo(o.text());
    }

    @Override
    public String toString() {
        return text();
    }
}
