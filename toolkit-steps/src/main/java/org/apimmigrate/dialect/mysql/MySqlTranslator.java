package org.apimmigrate.dialect.mysql;

import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.dialect.ModelTranslator;

/** MySQL's models are its own catalog dumps, already in its vocabulary: returned untouched. */
final class MySqlTranslator implements ModelTranslator {

    @Override
    public SchemaModel translate(SchemaModel model) {
        return model;
    }
}
