package org.apimmigrate.api.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table of a {@link SchemaModel}: columns by name, its constraints, indexes and triggers. */
public final class Table {

    private final String name;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();

    public Table(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(columns.get(columnName));
    }

    public List<Constraint> constraints() {
        return List.copyOf(constraints);
    }

    public Optional<Constraint> primaryKey() {
        return constraints.stream().filter(c -> c.kind() == Constraint.Kind.PK).findFirst();
    }

    public List<Constraint> constraints(Constraint.Kind kind) {
        return constraints.stream().filter(c -> c.kind() == kind).toList();
    }

    public List<Index> indexes() {
        return List.copyOf(indexes);
    }

    public List<Trigger> triggers() {
        return List.copyOf(triggers);
    }

    public Table add(Column column) {
        columns.put(column.name(), column);
        return this;
    }

    public Table add(Constraint constraint) {
        constraints.add(constraint);
        return this;
    }

    public Table add(Index index) {
        indexes.add(index);
        return this;
    }

    public Table add(Trigger trigger) {
        triggers.add(trigger);
        return this;
    }

    @Override
    public String toString() {
        return name;
    }
}
