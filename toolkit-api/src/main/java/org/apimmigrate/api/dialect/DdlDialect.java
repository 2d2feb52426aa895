package org.apimmigrate.api.dialect;

import java.util.List;
import org.apimmigrate.api.schema.PortableTable;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.change.SchemaChange;

/** Renders schema objects into this vendor's DDL statements (without terminators). */
public interface DdlDialect {

    /**
     * Statements that build the whole model on an empty schema: sequences, functions, tables, keys, indexes and
     * triggers, in an order the vendor accepts.
     */
    /** A table or column name as this vendor's SQL must spell it: quoted where the name is a reserved word. */
    default String identifier(String name) {
        return name;
    }

    List<String> createSchema(SchemaModel model);

    /** How this vendor spells a column type of the toolkit's own tables, e.g. {@code VARCHAR(100)}. */
    String portableType(PortableTable.PortableColumn column);

    /** The statement that creates one of the toolkit's own tables. */
    default String createTable(PortableTable table) {
        return createSchema(table.model(this::portableType)).get(0);
    }

    /**
     * Statements that carry out one change on a live schema. Names the catalog reports as generated
     * ({@code SYS_GENERATED}) are looked up by the statements themselves at run time.
     */
    default List<String> render(SchemaChange change) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot render " + change.describe());
    }
}
