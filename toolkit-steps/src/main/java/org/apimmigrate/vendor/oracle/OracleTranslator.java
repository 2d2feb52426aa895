package org.apimmigrate.vendor.oracle;

import org.apimmigrate.api.vendor.ModelTranslator;

/** Not written yet. */
final class OracleTranslator implements ModelTranslator {

    @Override
    public org.apimmigrate.api.schema.SchemaModel translate(org.apimmigrate.api.schema.SchemaModel canonical) {
        throw new UnsupportedOperationException("Oracle: Translator not implemented yet");
    }
}
