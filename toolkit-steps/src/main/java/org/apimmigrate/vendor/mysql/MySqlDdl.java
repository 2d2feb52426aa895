package org.apimmigrate.vendor.mysql;

import org.apimmigrate.api.vendor.DdlDialect;

/** Not written yet. */
final class MySqlDdl implements DdlDialect {

    @Override
    public java.util.List<String> createSchema(org.apimmigrate.api.schema.SchemaModel model) {
        throw new UnsupportedOperationException("MySQL / MariaDB: Ddl not implemented yet");
    }
}
