package org.apimmigrate.api.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The line-level difference between a live snapshot and a target: what is only in the live schema,
 * what only in the target, and per object key which lines changed.
 */
public record SnapshotDiff(List<SnapshotLine> onlyInLive, List<SnapshotLine> onlyInTarget) {

    public static SnapshotDiff between(Snapshot live, Snapshot target) {
        TreeSet<SnapshotLine> l = new TreeSet<>(live.lines());
        TreeSet<SnapshotLine> t = new TreeSet<>(target.lines());
        List<SnapshotLine> onlyLive = l.stream().filter(x -> !t.contains(x)).toList();
        List<SnapshotLine> onlyTarget = t.stream().filter(x -> !l.contains(x)).toList();
        return new SnapshotDiff(onlyLive, onlyTarget);
    }

    public boolean isEmpty() {
        return onlyInLive.isEmpty() && onlyInTarget.isEmpty();
    }

    /** Drops lines that match {@code ignored} on either side, e.g. objects owned by another tool. */
    public SnapshotDiff without(Predicate<SnapshotLine> ignored) {
        return new SnapshotDiff(onlyInLive.stream().filter(ignored.negate()).toList(),
                onlyInTarget.stream().filter(ignored.negate()).toList());
    }

    /** A readable report: {@code -} lines are only in the live schema, {@code +} lines only in the target. */
    public String describe() {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (SnapshotLine line : onlyInLive) {
            byKey.computeIfAbsent(line.key(), k -> new ArrayList<>()).add("- " + line.text());
        }
        for (SnapshotLine line : onlyInTarget) {
            byKey.computeIfAbsent(line.key(), k -> new ArrayList<>()).add("+ " + line.text());
        }
        StringBuilder out = new StringBuilder();
        byKey.values().forEach(v -> v.forEach(s -> out.append(s).append('\n')));
        return out.toString();
    }

    @Override
    public String toString() {
        return isEmpty() ? "(no difference)" : describe();
    }
}
