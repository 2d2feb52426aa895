package org.apimmigrate.vendor.mysql;

import org.apimmigrate.api.vendor.ModelTranslator;

/** Not written yet. */
final class MySqlTranslator implements ModelTranslator {

    @Override
    public org.apimmigrate.api.schema.SchemaModel translate(org.apimmigrate.api.schema.SchemaModel canonical) {
        throw new UnsupportedOperationException("MySQL / MariaDB: Translator not implemented yet");
    }
}
