package org.apimmigrate.api.schema;

import java.util.List;
import java.util.function.Function;

/**
 * A table of the toolkit's own (its journal, its fingerprints), written once in types every vendor has and turned
 * into a vendor's model by that vendor's names for those types, so that the vendor's DDL renders it like any other.
 *
 * @param primaryKey the key's columns; the key is left for the engine to name
 */
public record PortableTable(String name, List<PortableColumn> columns, List<String> primaryKey) {

    /** The name a model gives a constraint the engine names (see the catalog snapshots). */
    private static final String ENGINE_NAMED = "SYS_GENERATED";

    public PortableTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    /** Types every vendor has, each spelled by the vendor's DDL. */
    public enum Type {
        /** Variable-length text of at most {@code length} characters. */
        TEXT,
        /** A 32-bit integer. */
        INTEGER,
        /** A 64-bit integer. */
        BIGINT,
        /** Date and time without time zone, to the millisecond at least. */
        TIMESTAMP
    }

    /** A column; {@code length} counts for {@link Type#TEXT} only. */
    public record PortableColumn(String name, Type type, int length, boolean nullable) {

        public static PortableColumn text(String name, int length, boolean nullable) {
            return new PortableColumn(name, Type.TEXT, length, nullable);
        }

        public static PortableColumn of(String name, Type type, boolean nullable) {
            return new PortableColumn(name, type, 0, nullable);
        }
    }

    /** The table as a model in a vendor's vocabulary, given how that vendor spells each column's type. */
    public SchemaModel model(Function<PortableColumn, String> vendorType) {
        SchemaModel model = new SchemaModel();
        Table table = model.table(name);
        columns.forEach(c -> table.add(new Column(name, c.name(), vendorType.apply(c), c.nullable(), "")));
        if (!primaryKey.isEmpty()) {
            table.add(Constraint.primaryKey(name, ENGINE_NAMED, primaryKey));
        }
        return model;
    }
}
