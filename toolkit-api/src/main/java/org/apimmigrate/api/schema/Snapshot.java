package org.apimmigrate.api.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A normalized, sorted view of a live schema (or of a model), line by line. */
public final class Snapshot {

    private final List<SnapshotLine> lines;

    public Snapshot(Collection<SnapshotLine> lines) {
        this.lines = List.copyOf(ascending(lines) ? lines : new TreeSet<>(lines));
    }

    /** Whether the lines are already sorted and distinct: a snapshot is often made from another's lines. */
    private static boolean ascending(Collection<SnapshotLine> lines) {
        SnapshotLine previous = null;
        for (SnapshotLine line : lines) {
            if (previous != null && previous.compareTo(line) >= 0) {
                return false;
            }
            previous = line;
        }
        return true;
    }

    public static Snapshot parse(String text) {
        List<SnapshotLine> parsed = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                parsed.add(SnapshotLine.parse(line.stripTrailing()));
            }
        }
        return new Snapshot(parsed);
    }

    public static Snapshot read(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Snapshot fromResource(String path) {
        InputStream in = Snapshot.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("No snapshot resource " + path);
        }
        return read(in);
    }

    public List<SnapshotLine> lines() {
        return lines;
    }

    public Set<String> tables() {
        return lines.stream().map(SnapshotLine::table).filter(t -> t != null)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Snapshot filter(Predicate<SnapshotLine> keep) {
        return new Snapshot(lines.stream().filter(keep).toList());
    }

    public SnapshotDiff diff(Snapshot target) {
        return SnapshotDiff.between(this, target);
    }

    public String text() {
        return lines.stream().map(SnapshotLine::text).collect(Collectors.joining("\n", "", lines.isEmpty() ? "" : "\n"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s && s.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
