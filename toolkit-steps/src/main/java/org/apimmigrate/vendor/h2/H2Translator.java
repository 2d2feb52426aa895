package org.apimmigrate.vendor.h2;

import org.apimmigrate.api.vendor.ModelTranslator;

/** Not written yet. */
final class H2Translator implements ModelTranslator {

    @Override
    public org.apimmigrate.api.schema.SchemaModel translate(org.apimmigrate.api.schema.SchemaModel canonical) {
        throw new UnsupportedOperationException("H2: Translator not implemented yet");
    }
}
