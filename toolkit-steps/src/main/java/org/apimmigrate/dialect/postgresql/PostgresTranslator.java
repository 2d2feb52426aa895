package org.apimmigrate.dialect.postgresql;

import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.dialect.ModelTranslator;

/** The canonical vocabulary is PostgreSQL's own: nothing to translate. */
final class PostgresTranslator implements ModelTranslator {

    @Override
    public SchemaModel translate(SchemaModel canonical) {
        return canonical;
    }
}
