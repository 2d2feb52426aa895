package org.apimmigrate.vendor.mssql;

import org.apimmigrate.api.vendor.ModelTranslator;

/** Not written yet. */
final class MsSqlTranslator implements ModelTranslator {

    @Override
    public org.apimmigrate.api.schema.SchemaModel translate(org.apimmigrate.api.schema.SchemaModel canonical) {
        throw new UnsupportedOperationException("Microsoft SQL Server: Translator not implemented yet");
    }
}
