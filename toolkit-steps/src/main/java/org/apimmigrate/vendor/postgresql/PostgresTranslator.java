package org.apimmigrate.vendor.postgresql;

import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.vendor.ModelTranslator;

/** The canonical vocabulary is PostgreSQL's own: nothing to translate. */
final class PostgresTranslator implements ModelTranslator {

    @Override
    public SchemaModel translate(SchemaModel canonical) {
        return canonical;
    }
}
