package org.apimmigrate.schema.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a diff alone cannot know: where data must move or may go, and which objects another tool owns.
 * Read from a vendor-neutral resource, one hint a line, fields separated by {@code |}, the last field the reason:
 * <pre>
 * RENAME_COLUMN|TABLE|FROM|TO|reason     the column keeps its data under a new name
 * EMPTY_TABLE|TABLE|reason               the upgrade discards the rows (they are rebuilt elsewhere)
 * KEEP_TABLE|TABLE|reason                a table the target lacks that stays: another tool removes it
 * OWNED_TABLE|TABLE|reason               a table the target has that another tool creates
 * OWNED_SEQUENCE|NAME|reason             likewise for a sequence (an owned table's id sequence needs no hint)
 * DEFER_CONSTRAINT|TABLE|KIND|(COLS)|reason  a target constraint added only in a later step (its columns stay
 *                                            nullable until then where the target makes them NOT NULL)
 * DROP_TABLE_OPTION|TABLE|option|reason  a table the target lacks, dropped only when the option is given
 * </pre>
 */
public record PlanHints(List<Rename> renames, List<Owned> emptied, List<Owned> kept, List<Owned> ownedTables,
                        List<Owned> ownedSequences, List<Deferred> deferred, List<OptionalDrop> optionalDrops) {

    public record Rename(String table, String from, String to, String reason) {
    }

    public record Owned(String name, String reason) {
    }

    public record Deferred(String table, String kind, String columns, String reason) {
    }

    public record OptionalDrop(String table, String option, String reason) {
    }

    public static PlanHints none() {
        return new PlanHints(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static PlanHints fromResource(String path) {
        try (InputStream in = PlanHints.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No plan hints at " + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanHints parse(String text) {
        List<Rename> renames = new ArrayList<>();
        List<Owned> emptied = new ArrayList<>();
        List<Owned> kept = new ArrayList<>();
        List<Owned> ownedTables = new ArrayList<>();
        List<Owned> ownedSequences = new ArrayList<>();
        List<Deferred> deferred = new ArrayList<>();
        List<OptionalDrop> drops = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            switch (f[0]) {
                case "RENAME_COLUMN" -> renames.add(new Rename(f[1], f[2], f[3], f[4]));
                case "EMPTY_TABLE" -> emptied.add(new Owned(f[1], f[2]));
                case "KEEP_TABLE" -> kept.add(new Owned(f[1], f[2]));
                case "OWNED_TABLE" -> ownedTables.add(new Owned(f[1], f[2]));
                case "OWNED_SEQUENCE" -> ownedSequences.add(new Owned(f[1], f[2]));
                case "DEFER_CONSTRAINT" -> deferred.add(new Deferred(f[1], f[2], f[3], f[4]));
                case "DROP_TABLE_OPTION" -> drops.add(new OptionalDrop(f[1], f[2], f[3]));
                default -> throw new IllegalArgumentException("Unknown plan hint: " + line);
            }
        }
        return new PlanHints(renames, emptied, kept, ownedTables, ownedSequences, deferred, drops);
    }

    /** The same hints without deferred constraints: for the step that adds them. */
    public PlanHints withoutDeferred() {
        return new PlanHints(renames, emptied, kept, ownedTables, ownedSequences, List.of(), optionalDrops);
    }

    public boolean isEmptied(String table) {
        return emptied.stream().anyMatch(o -> o.name().equals(table));
    }

    public boolean isKept(String table) {
        return kept.stream().anyMatch(o -> o.name().equals(table));
    }

    public boolean isOwnedTable(String table) {
        return ownedTables.stream().anyMatch(o -> o.name().equals(table));
    }

    public boolean isOwnedSequence(String name) {
        return ownedSequences.stream().anyMatch(o -> o.name().equals(name));
    }

    public boolean isDeferred(String table, String kind, String columns) {
        return deferred.stream().anyMatch(d -> d.table().equals(table) && d.kind().equals(kind)
                && d.columns().equals(columns));
    }

    /** The columns of the table's deferred constraints. */
    public Set<String> deferredColumns(String table) {
        Set<String> out = new java.util.TreeSet<>();
        deferred.stream().filter(d -> d.table().equals(table)).forEach(d -> out.addAll(List.of(
                d.columns().replaceAll("[()\\s]", "").split(","))));
        return out;
    }

    public Optional<OptionalDrop> optionalDrop(String table, Set<String> enabledOptions) {
        return optionalDrops.stream().filter(d -> d.table().equals(table) && enabledOptions.contains(d.option()))
                .findFirst();
    }

    public Optional<OptionalDrop> optionalDrop(String table) {
        return optionalDrops.stream().filter(d -> d.table().equals(table)).findFirst();
    }
}
