package org.apimmigrate.vendor.mssql;

import org.apimmigrate.api.vendor.DdlDialect;

/** Not written yet. */
final class MsSqlDdl implements DdlDialect {

    @Override
    public java.util.List<String> createSchema(org.apimmigrate.api.schema.SchemaModel model) {
        throw new UnsupportedOperationException("Microsoft SQL Server: Ddl not implemented yet");
    }
}
