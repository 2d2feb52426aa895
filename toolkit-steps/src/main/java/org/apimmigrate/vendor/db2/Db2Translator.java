package org.apimmigrate.vendor.db2;

import org.apimmigrate.api.vendor.ModelTranslator;

/** Not written yet. */
final class Db2Translator implements ModelTranslator {

    @Override
    public org.apimmigrate.api.schema.SchemaModel translate(org.apimmigrate.api.schema.SchemaModel canonical) {
        throw new UnsupportedOperationException("IBM Db2: Translator not implemented yet");
    }
}
