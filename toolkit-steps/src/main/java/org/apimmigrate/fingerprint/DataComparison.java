package org.apimmigrate.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apimmigrate.api.step.Phase;

/**
 * One phase on one database, table by table: its fingerprints before and after, and what each difference means.
 *
 * @param recorded false where the phase left no fingerprint (run with --no-fingerprint, by another tool, or not yet)
 */
public record DataComparison(Phase phase, boolean recorded, List<TableVerdict> tables) {

    public DataComparison {
        tables = List.copyOf(tables);
    }

    public List<TableVerdict> unexpected() {
        return tables.stream().filter(t -> !t.verdict().expected()).toList();
    }

    public long rowsRemovedByDesign() {
        return tables.stream().filter(t -> t.verdict() == TableVerdict.Verdict.ROWS_REMOVED_BY_DESIGN
                || t.verdict() == TableVerdict.Verdict.EMPTIED_BY_DESIGN).mapToLong(TableVerdict::rowsRemoved).sum();
    }

    /** Compares what was recorded; a phase that has not finished yet (no AFTER) counts as not recorded. */
    public static DataComparison of(Phase phase, List<TableFingerprint> before, List<TableFingerprint> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return new DataComparison(phase, false, List.of());
        }
        Map<String, TableFingerprint> afterByKey = after.stream().collect(Collectors.toMap(DataComparison::key,
                Function.identity()));
        List<TableVerdict> out = new ArrayList<>();
        for (TableFingerprint b : before) {
            if (b.whole()) {
                Optional<TableFingerprint> kept = before.stream().filter(x -> !x.whole() && x.table().equals(b.table()))
                        .findFirst().map(x -> afterByKey.get(key(x)));
                Optional<TableFingerprint> keptBefore = before.stream()
                        .filter(x -> !x.whole() && x.table().equals(b.table())).findFirst();
                out.add(verdict(phase, b, afterByKey.get(key(b)), keptBefore.orElse(null), kept.orElse(null)));
            }
        }
        return new DataComparison(phase, true, out);
    }

    private static TableVerdict verdict(Phase phase, TableFingerprint b, TableFingerprint a, TableFingerprint keepBefore,
                                        TableFingerprint keepAfter) {
        String t = b.table();
        if (a == null) {
            return b.rows() == 0 ? new TableVerdict(t, TableVerdict.Verdict.DROPPED_EMPTY, 0, null, "dropped; it was "
                    + "empty") : new TableVerdict(t, TableVerdict.Verdict.GONE, b.rows(), null, "gone with its "
                    + b.rows() + " row(s)");
        }
        Optional<ByDesign.Removal> removal = ByDesign.removal(phase, t);
        if (removal.isPresent() && a.rows() <= b.rows()) {
            if (keepBefore != null && (keepAfter == null || !same(keepBefore, keepAfter))) {
                return new TableVerdict(t, TableVerdict.Verdict.CHANGED, b.rows(), a.rows(), "rows that must stay ("
                        + keepBefore.subset() + ") changed: " + keepBefore.rows() + " before, "
                        + (keepAfter == null ? "none" : keepAfter.rows()) + " after");
            }
            return new TableVerdict(t, TableVerdict.Verdict.ROWS_REMOVED_BY_DESIGN, b.rows(), a.rows(),
                    (b.rows() - a.rows()) + " row(s) removed: " + removal.get().why()
                            + (keepBefore == null ? "" : " (" + keepBefore.rows() + " such row(s) kept unchanged)"));
        }
        Optional<String> emptied = ByDesign.emptied(phase, t);
        if (emptied.isPresent() && a.rows() == 0) {
            return new TableVerdict(t, TableVerdict.Verdict.EMPTIED_BY_DESIGN, b.rows(), 0L, b.rows()
                    + " row(s) removed: " + emptied.get());
        }
        if (same(b, a)) {
            List<String> renamed = b.columns().stream().filter(c -> !a.columns().contains(c))
                    .map(c -> c + " -> " + ByDesign.renamed(phase, t, c)).toList();
            return renamed.isEmpty() ? new TableVerdict(t, TableVerdict.Verdict.UNCHANGED, b.rows(), a.rows(), "")
                    : new TableVerdict(t, TableVerdict.Verdict.RENAMED_COLUMNS_EQUAL, b.rows(), a.rows(),
                    "renamed columns equal value for value: " + String.join(", ", renamed));
        }
        return new TableVerdict(t, TableVerdict.Verdict.CHANGED, b.rows(), a.rows(), b.rows() == a.rows()
                ? "same row count, different content" : b.rows() + " row(s) before, " + a.rows() + " after");
    }

    private static boolean same(TableFingerprint b, TableFingerprint a) {
        return b.rows() == a.rows() && b.digest().equals(a.digest()) && b.columns().size() == a.columns().size();
    }

    private static String key(TableFingerprint f) {
        return f.table() + "\u0000" + f.subset();
    }
}
