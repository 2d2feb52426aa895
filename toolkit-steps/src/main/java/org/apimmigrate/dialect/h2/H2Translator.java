package org.apimmigrate.dialect.h2;

import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.dialect.ModelTranslator;

/** H2's models are WSO2's H2 schemas from the facts, already in its vocabulary: returned untouched. */
final class H2Translator implements ModelTranslator {

    @Override
    public SchemaModel translate(SchemaModel model) {
        return model;
    }
}
