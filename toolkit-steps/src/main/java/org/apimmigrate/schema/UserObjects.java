package org.apimmigrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;

/**
 * Splits a live schema into WSO2's part and the user's: a table, column, key, index, trigger, sequence, function or
 * view that none of WSO2's schemas given has is the user's (WSO2's schemas have no views: every view is the user's). Keys and indexes are WSO2's by definition (their names vary
 * between databases), columns, triggers and tables by name. Also finds what of WSO2's schema is missing, and the
 * user's objects that take a name 4.0.0 needs for something else.
 */
public final class UserObjects {

    private final java.util.Map<String, List<SnapshotLine>> wso2;
    private final Predicate<String> leftOut;

    /**
     * @param wso2    WSO2's schemas the live one is held against (e.g. 3.2.0 and 4.0.0)
     * @param leftOut names of objects neither WSO2's nor the user's (this toolkit's own, other tools')
     */
    public UserObjects(List<SchemaModel> wso2, Predicate<String> leftOut) {
        this.wso2 = byPlace(wso2.stream().flatMap(m -> m.toSnapshot().lines().stream()).toList());
        this.leftOut = leftOut;
    }

    /** The live schema split in two. */
    public Split split(Snapshot live) {
        List<SnapshotLine> ours = new ArrayList<>();
        List<SnapshotLine> yours = new ArrayList<>();
        for (SnapshotLine l : live.lines()) {
            if (!leftOut.test(name(l)) && !leftOut.test(constraintName(l)) && isUsers(l)) {
                yours.add(l);
            } else {
                ours.add(l);
            }
        }
        return new Split(new Snapshot(ours), new Snapshot(yours));
    }

    /** What WSO2's {@code model} has and the live schema lacks, in words (tables a migration creates anyway aside). */
    public static List<String> missing(Snapshot live, SchemaModel model, Predicate<String> leftOut) {
        Set<String> liveTables = live.tables();
        java.util.Map<String, List<SnapshotLine>> liveLines = byPlace(live.lines());
        List<String> out = new ArrayList<>();
        for (SnapshotLine l : model.toSnapshot().lines()) {
            if (leftOut.test(name(l)) || l.table() == null || !liveTables.contains(l.table())) {
                continue;
            }
            boolean present = liveLines.getOrDefault(place(l), List.of()).stream().anyMatch(x -> sameObject(x, l));
            if (!present) {
                out.add(describe(l));
            }
        }
        return out;
    }

    /**
     * Objects of the live schema that carry a name the target gives something else, where the source has no such
     * name: the migration would fail on them or take them for its own.
     */
    public static List<String> collisions(Snapshot live, SchemaModel source, SchemaModel target) {
        List<String> out = new ArrayList<>();
        java.util.Map<String, List<SnapshotLine>> sourceLines = byPlace(source.toSnapshot().lines());
        java.util.Map<String, List<SnapshotLine>> targetLines = byPlace(target.toSnapshot().lines());
        for (SnapshotLine l : live.lines()) {
            if (l.kind() == SnapshotLine.Kind.VIEW) {
                String view = l.fields().get(0);
                if (target.findTable(view).isPresent() && source.findTable(view).isEmpty()) {
                    out.add(describe(l) + " takes the name of a table 4.0.0 creates");
                }
                continue;
            }
            if (l.kind() == SnapshotLine.Kind.SEQ || l.kind() == SnapshotLine.Kind.FUNC) {
                continue;
            }
            boolean sourceHasName = sourceLines.getOrDefault(place(l), List.of()).stream().anyMatch(s -> sameName(s, l));
            if (sourceHasName) {
                continue;
            }
            targetLines.getOrDefault(place(l), List.of()).stream().filter(t -> sameName(t, l) && !sameDefinition(t, l)).findFirst()
                    .ifPresent(t -> out.add(describe(l) + " is not what 4.0.0 has under that name (" + describe(t)
                            + ")"));
        }
        return out;
    }

    private boolean isUsers(SnapshotLine l) {
        return wso2.getOrDefault(place(l), List.of()).stream().noneMatch(w -> sameObject(l, w));
    }

    /** Lines grouped by kind and table (or name, for sequences and functions), where the same object can only be. */
    private static java.util.Map<String, List<SnapshotLine>> byPlace(List<SnapshotLine> lines) {
        java.util.Map<String, List<SnapshotLine>> out = new java.util.HashMap<>();
        lines.forEach(l -> out.computeIfAbsent(place(l), k -> new ArrayList<>()).add(l));
        return out;
    }

    private static String place(SnapshotLine l) {
        return l.kind() + "|" + name(l).toUpperCase(Locale.ROOT);
    }

    /** The same object: same table and name for columns, triggers and tables; same definition for keys and indexes. */
    private static boolean sameObject(SnapshotLine a, SnapshotLine b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return switch (a.kind()) {
            case COL, TRG -> a.table().equals(b.table()) && a.fields().get(1).equals(b.fields().get(1));
            case CON -> a.table().equals(b.table()) && a.fields().get(1).equals(b.fields().get(1))
                    && a.fields().get(2).equals(b.fields().get(2));
            case IDX -> a.table().equals(b.table()) && (a.fields().get(1).equals(b.fields().get(1))
                    || columnsOf(a.fields().get(2)).equals(columnsOf(b.fields().get(2))));
            case SEQ, FUNC, VIEW -> a.fields().get(0).equalsIgnoreCase(b.fields().get(0));
        };
    }

    private static boolean sameName(SnapshotLine a, SnapshotLine b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return switch (a.kind()) {
            case COL, TRG, IDX -> a.table().equals(b.table()) && a.fields().get(1).equals(b.fields().get(1));
            case CON -> !isGenerated(a.fields().get(3)) && a.fields().get(3).equals(b.fields().get(3));
            case SEQ, FUNC, VIEW -> a.fields().get(0).equalsIgnoreCase(b.fields().get(0));
        };
    }

    private static boolean sameDefinition(SnapshotLine a, SnapshotLine b) {
        return switch (a.kind()) {
            case COL -> withoutCollation(a.fields().get(2)).equalsIgnoreCase(withoutCollation(b.fields().get(2)));
            case CON -> a.table().equals(b.table()) && a.fields().get(2).equals(b.fields().get(2));
            case IDX -> columnsOf(a.fields().get(2)).equals(columnsOf(b.fields().get(2)));
            default -> true;
        };
    }

    /** A collation is the user's choice of character set, not part of a column's definition here. */
    private static String withoutCollation(String type) {
        int at = type.toUpperCase(Locale.ROOT).indexOf(" COLLATE ");
        return at < 0 ? type : type.substring(0, at);
    }

    private static boolean isGenerated(String name) {
        return name.isEmpty() || name.equals("SYS_GENERATED");
    }

    /** The column list of an index definition, whatever the vendor's wording around it. */
    private static String columnsOf(String definition) {
        int open = definition.indexOf('(');
        int close = definition.lastIndexOf(')');
        String cols = open >= 0 && close > open ? definition.substring(open + 1, close) : definition;
        return cols.replace("\"", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** A constraint's own name (a temporary key of this toolkit's is left out by it), else the line's name. */
    private static String constraintName(SnapshotLine l) {
        return l.kind() == SnapshotLine.Kind.CON ? l.fields().get(3) : name(l);
    }

    private static String name(SnapshotLine l) {
        return l.table() != null ? l.table() : l.fields().get(0);
    }

    /** One line in words: {@code column AM_API.OPS_OWNER}, {@code index AM_API.IDX_X (CREATED_TIME)}, ... */
    public static String describe(SnapshotLine l) {
        return switch (l.kind()) {
            case COL -> "column " + l.table() + "." + l.fields().get(1) + " " + l.fields().get(2);
            case CON -> l.fields().get(1) + " " + l.table() + " " + l.fields().get(2)
                    + (isGenerated(l.fields().get(3)) ? "" : " " + l.fields().get(3));
            case IDX -> "index " + l.table() + "." + l.fields().get(1) + " " + l.fields().get(2);
            case TRG -> "trigger " + l.table() + "." + l.fields().get(1);
            case SEQ -> "sequence " + l.fields().get(0);
            case FUNC -> "function " + l.fields().get(0);
            case VIEW -> "view " + l.fields().get(0);
        };
    }

    /** A live schema in two parts. */
    public record Split(Snapshot wso2, Snapshot yours) {

        /** The user's objects in words, a whole table as one entry. */
        public List<String> describeYours(Set<String> wso2Tables) {
            List<String> out = new ArrayList<>();
            Set<String> wholeTables = new HashSet<>();
            for (SnapshotLine l : yours.lines()) {
                if (l.table() != null && !wso2Tables.contains(l.table())) {
                    if (wholeTables.add(l.table())) {
                        out.add("table " + l.table());
                    }
                } else {
                    out.add(describe(l));
                }
            }
            return out;
        }

        public boolean isEmpty() {
            return yours.lines().isEmpty();
        }
    }
}
