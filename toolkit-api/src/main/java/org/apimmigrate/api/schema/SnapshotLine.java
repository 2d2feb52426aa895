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
 * VIEW|NAME|definition
 * </pre>
 * Lines compare as text, so two snapshots of the same vendor are equal exactly when their lines are. A view's
 * definition is the engine's text of it with every run of white space made one space (so a line stays one line);
 * it is the last field and may itself hold {@code |}.
 */
public record SnapshotLine(Kind kind, List<String> fields) implements Comparable<SnapshotLine> {

    public enum Kind { COL, CON, IDX, SEQ, TRG, FUNC, VIEW }

    public SnapshotLine {
        Objects.requireNonNull(kind);
        if (kind == Kind.VIEW && fields.size() == 2) {
            fields = List.of(fields.get(0), compact(fields.get(1)));
        }
        fields = List.copyOf(fields);
    }

    /** A view's definition in one line: white space runs as one space, no trailing statement end. */
    private static String compact(String definition) {
        String text = definition.replaceAll("\\s+", " ").strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }

    public static SnapshotLine of(Kind kind, String... fields) {
        return new SnapshotLine(kind, Arrays.asList(fields));
    }

    public static SnapshotLine parse(String text) {
        int bar = text.indexOf('|');
        Kind kind = Kind.valueOf(bar < 0 ? text : text.substring(0, bar));
        String[] parts = text.split("\\|", kind == Kind.VIEW ? 3 : -1);
        return new SnapshotLine(kind, Arrays.asList(parts).subList(1, parts.length));
    }

    /** The table the line belongs to, or null for sequences, functions and views. */
    public String table() {
        return switch (kind) {
            case COL, CON, IDX, TRG -> fields.get(0);
            case SEQ, FUNC, VIEW -> null;
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
            case SEQ, FUNC, VIEW -> kind + "|" + fields.get(0);
        };
    }

    public String text() {
        return kind + "|" + String.join("|", fields);
    }

    /**
     * As {@code text().compareTo(o.text())}, without building either text: snapshots sort thousands of lines, mostly
     * in code that runs once in a short-lived JVM. Kinds never begin one another, and equal fields leave the texts
     * equal so far, so the first differing field decides, by its first differing character; where one field begins
     * the other, the bar after the shorter (or its end) meets the longer's next character, and only where that is a
     * bar too are the texts walked character by character.
     */
    @Override
    public int compareTo(SnapshotLine o) {
        if (kind != o.kind) {
            return kind.name().compareTo(o.kind.name());
        }
        int shared = Math.min(fields.size(), o.fields.size());
        for (int i = 0; i < shared; i++) {
            String a = fields.get(i);
            String b = o.fields.get(i);
            int length = Math.min(a.length(), b.length());
            for (int at = 0; at < length; at++) {
                char x = a.charAt(at);
                char y = b.charAt(at);
                if (x != y) {
                    return x - y;
                }
            }
            if (a.length() != b.length()) {
                // one field begins the other: the shorter's text goes on with a bar, or ends
                int x = a.length() < b.length() ? (i + 1 < fields.size() ? '|' : -1) : a.charAt(length);
                int y = a.length() > b.length() ? (i + 1 < o.fields.size() ? '|' : -1) : b.charAt(length);
                return x != y ? x - y : compareAsText(o);
            }
        }
        return fields.size() - o.fields.size();
    }

    private int compareAsText(SnapshotLine o) {
        int partA = 0;
        int atA = 0;
        int partB = 0;
        int atB = 0;
        while (true) {
            while (atA == part(partA).length() && partA < 2 * fields.size()) {
                partA++;
                atA = 0;
            }
            while (atB == o.part(partB).length() && partB < 2 * o.fields.size()) {
                partB++;
                atB = 0;
            }
            int x = atA < part(partA).length() ? part(partA).charAt(atA++) : -1;
            int y = atB < o.part(partB).length() ? o.part(partB).charAt(atB++) : -1;
            if (x != y || x < 0) {
                return x - y;
            }
        }
    }

    /** Part p of the line's text: 0 the kind; odd the bar before field (p - 1) / 2; even that field. */
    private String part(int p) {
        return p == 0 ? kind.name() : p % 2 == 1 ? "|" : fields.get(p / 2 - 1);
    }

    @Override
    public String toString() {
        return text();
    }
}
