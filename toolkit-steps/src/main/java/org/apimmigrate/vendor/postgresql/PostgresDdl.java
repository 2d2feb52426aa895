package org.apimmigrate.vendor.postgresql;

import org.apimmigrate.api.vendor.DdlDialect;

/** Not written yet. */
final class PostgresDdl implements DdlDialect {

    @Override
    public java.util.List<String> createSchema(org.apimmigrate.api.schema.SchemaModel model) {
        throw new UnsupportedOperationException("PostgreSQL: Ddl not implemented yet");
    }
}
