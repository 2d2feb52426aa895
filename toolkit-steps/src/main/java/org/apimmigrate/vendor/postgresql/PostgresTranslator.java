package org.apimmigrate.vendor.postgresql;

import org.apimmigrate.api.vendor.ModelTranslator;

/** Not written yet. */
final class PostgresTranslator implements ModelTranslator {

    @Override
    public org.apimmigrate.api.schema.SchemaModel translate(org.apimmigrate.api.schema.SchemaModel canonical) {
        throw new UnsupportedOperationException("PostgreSQL: Translator not implemented yet");
    }
}
