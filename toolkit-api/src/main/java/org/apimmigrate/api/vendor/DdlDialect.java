package org.apimmigrate.api.vendor;

import java.util.List;
import org.apimmigrate.api.schema.SchemaModel;

/** Renders schema objects into this vendor's DDL statements (without terminators). */
public interface DdlDialect {

    /**
     * Statements that build the whole model on an empty schema: sequences, functions, tables, keys, indexes and
     * triggers, in an order the vendor accepts.
     */
    List<String> createSchema(SchemaModel model);
}
