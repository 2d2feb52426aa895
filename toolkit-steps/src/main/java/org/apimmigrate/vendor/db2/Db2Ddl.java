package org.apimmigrate.vendor.db2;

import org.apimmigrate.api.vendor.DdlDialect;

/** Not written yet. */
final class Db2Ddl implements DdlDialect {

    @Override
    public java.util.List<String> createSchema(org.apimmigrate.api.schema.SchemaModel model) {
        throw new UnsupportedOperationException("IBM Db2: Ddl not implemented yet");
    }
}
