package org.apimmigrate.api.dialect;

import org.apimmigrate.api.schema.SchemaModel;

/** See {@link Vendor#translator()}. */
@FunctionalInterface
public interface ModelTranslator {

    SchemaModel translate(SchemaModel canonical);

    static ModelTranslator identity() {
        return model -> model;
    }
}
