package org.apimmigrate.api.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A whole schema in one vendor's vocabulary: tables, sequences and functions. It reads from and writes back to
 * {@link Snapshot} lines without loss (views aside, which it leaves out), so a model rendered to DDL, loaded and snapshotted again can be compared
 * line by line with the model it came from.
 */
public final class SchemaModel {

    private final Map<String, Table> tables = new TreeMap<>();
    private final Set<String> sequences = new TreeSet<>();
    private final Set<String> functions = new TreeSet<>();

    public static SchemaModel of(Snapshot snapshot) {
        SchemaModel model = new SchemaModel();
        for (SnapshotLine line : snapshot.lines()) {
            switch (line.kind()) {
                case COL -> model.table(line.table()).add(Column.fromLine(line));
                case CON -> model.table(line.table()).add(Constraint.fromLine(line));
                case IDX -> model.table(line.table()).add(Index.fromLine(line));
                case TRG -> model.table(line.table()).add(new Trigger(line.table(), line.fields().get(1),
                        line.fields().get(2)));
                case SEQ -> model.sequences.add(line.fields().get(0));
                case FUNC -> model.functions.add(line.fields().get(0));
                case VIEW -> {
                    // a model holds no views: WSO2's schemas have none, and the planner must never see the user's
                }
            }
        }
        return model;
    }

    /** An independent copy: changing either model leaves the other as it was (the parts are immutable values). */
    public SchemaModel copy() {
        SchemaModel out = new SchemaModel();
        for (Table t : tables.values()) {
            Table c = out.table(t.name());
            t.columns().forEach(c::add);
            t.constraints().forEach(c::add);
            t.indexes().forEach(c::add);
            t.triggers().forEach(c::add);
        }
        out.sequences.addAll(sequences);
        out.functions.addAll(functions);
        return out;
    }

    /** The table of that name, created empty if it is not there yet. */
    public Table table(String name) {
        return tables.computeIfAbsent(name, Table::new);
    }

    public Optional<Table> findTable(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Collection<Table> tables() {
        return tables.values();
    }

    public Set<String> sequences() {
        return Set.copyOf(sequences);
    }

    public Set<String> functions() {
        return Set.copyOf(functions);
    }

    public SchemaModel addSequence(String name) {
        sequences.add(name);
        return this;
    }

    /** Tables in an order where every table comes after the tables its foreign keys reference. */
    public List<Table> tablesInDependencyOrder() {
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        for (String name : tables.keySet()) {
            visit(name, ordered, new TreeSet<>());
        }
        List<Table> out = new ArrayList<>();
        ordered.forEach(n -> out.add(tables.get(n)));
        return out;
    }

    private void visit(String name, LinkedHashSet<String> ordered, Set<String> path) {
        if (ordered.contains(name) || !tables.containsKey(name) || !path.add(name)) {
            return;
        }
        for (Constraint fk : tables.get(name).constraints(Constraint.Kind.FK)) {
            if (!fk.refTable().equals(name)) {
                visit(fk.refTable(), ordered, path);
            }
        }
        ordered.add(name);
    }

    /** The part of the model whose tables and sequences the predicate keeps (e.g. only the registry's REG_*). */
    public SchemaModel only(java.util.function.Predicate<String> keepName) {
        return of(toSnapshot().filter(l -> keepName.test(l.table() != null ? l.table() : l.fields().get(0))));
    }

    public Snapshot toSnapshot() {
        List<SnapshotLine> lines = new ArrayList<>();
        for (Table t : tables.values()) {
            t.columns().forEach(c -> lines.add(c.toLine()));
            t.constraints().forEach(c -> lines.add(c.toLine()));
            t.indexes().forEach(i -> lines.add(i.toLine()));
            t.triggers().forEach(tr -> lines.add(tr.toLine()));
        }
        sequences.forEach(s -> lines.add(SnapshotLine.of(SnapshotLine.Kind.SEQ, s)));
        functions.forEach(f -> lines.add(SnapshotLine.of(SnapshotLine.Kind.FUNC, f)));
        return new Snapshot(lines);
    }
}
