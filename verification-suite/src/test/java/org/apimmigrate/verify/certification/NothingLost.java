package org.apimmigrate.verify.certification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.rows.RowDigest;

/**
 * Row content of every table of a 3.2.0 database over the columns that 4.0.0 still has (renamed ones under their old
 * name), so that the same digest taken after the migration shows that every value came through.
 */
final class NothingLost {

    private final Map<String, Map<String, String>> beforeColumns = new TreeMap<>();
    private final Map<String, Map<String, String>> afterColumns = new TreeMap<>();
    private final Map<String, String> before;

    private final java.util.function.UnaryOperator<String> identifier;

    private NothingLost(TestDatabase db, Vendor vendor, Snapshot schema320, Snapshot schema400) {
        this.identifier = vendor.ddl()::identifier;
        Map<String, Set<String>> cols400 = columns(schema400);
        columns(schema320).forEach((table, cols) -> {
            if (ExpectedChanges.DROPPED_BY_CLIENT.contains(table) || !cols400.containsKey(table)) {
                return;
            }
            Map<String, String> renamed = ExpectedChanges.RENAMED.getOrDefault(table, Map.of());
            Set<String> skipped = ExpectedChanges.SET_BY_CLIENT.getOrDefault(table, Set.of());
            Map<String, String> b = new LinkedHashMap<>();
            Map<String, String> a = new LinkedHashMap<>();
            for (String col : cols) {
                String now = renamed.getOrDefault(col, col);
                if (!skipped.contains(col) && cols400.get(table).contains(now)) {
                    b.put(col, col);
                    a.put(now, col);
                }
            }
            if (!b.isEmpty()) {
                beforeColumns.put(table, b);
                afterColumns.put(table, a);
            }
        });
        this.before = RowDigest.columns(db, beforeColumns, identifier);
    }

    static NothingLost before(TestDatabase db, Vendor vendor, Snapshot schema320, Snapshot schema400) {
        return new NothingLost(db, vendor, schema320, schema400);
    }

    /**
     * Two checks: tables that must be untouched hold the same rows value for value, and rows were removed only from
     * the tables the guide removes rows from (with the counts).
     */
    List<CheckResult> checkAfter(TestDatabase db, String database) {
        Map<String, String> after = RowDigest.columns(db, afterColumns, identifier);
        List<String> changed = new ArrayList<>();
        Map<String, Object> removed = new TreeMap<>();
        Set<String> unexpectedRemovals = new TreeSet<>();
        int compared = 0;
        for (String table : before.keySet()) {
            long rowsBefore = rows(before.get(table));
            long rowsAfter = rows(after.get(table));
            if (rowsAfter < rowsBefore) {
                removed.put(table, rowsBefore - rowsAfter);
            }
            if (ExpectedChanges.EMPTIED.contains(table) || ExpectedChanges.THINNED_BY_REGISTRY_STEPS.contains(table)) {
                continue;
            }
            compared++;
            if (!before.get(table).equals(after.get(table))) {
                changed.add(table);
            }
            if (rowsAfter < rowsBefore) {
                unexpectedRemovals.add(table);
            }
        }
        Map<String, Object> figures = new HashMap<>();
        figures.put("tables compared", compared);
        figures.put("tables changed", changed.size());
        List<CheckResult> out = new ArrayList<>();
        out.add(CheckResult.of("nothing-lost", database + ": every table the migration must not change holds the same "
                + "rows, renamed columns value for value", changed.isEmpty() && compared > 0, figures,
                changed.isEmpty() ? "" : "changed: " + changed));
        Map<String, Object> removedFigures = new LinkedHashMap<>(removed);
        out.add(CheckResult.of("nothing-lost", database + ": rows removed only where the guide removes them",
                unexpectedRemovals.isEmpty(), removedFigures,
                unexpectedRemovals.isEmpty() ? "" : "rows missing from: " + unexpectedRemovals));
        return out;
    }

    private static long rows(String digest) {
        return digest == null ? 0 : Long.parseLong(digest.substring(0, digest.indexOf(' ')));
    }

    private static Map<String, Set<String>> columns(Snapshot s) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (SnapshotLine l : s.lines()) {
            if (l.kind() == SnapshotLine.Kind.COL) {
                out.computeIfAbsent(l.table().toUpperCase(), k -> new TreeSet<>()).add(l.fields().get(1).toUpperCase());
            }
        }
        return out;
    }
}
