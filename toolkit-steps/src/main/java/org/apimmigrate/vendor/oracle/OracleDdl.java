package org.apimmigrate.vendor.oracle;

import org.apimmigrate.api.vendor.DdlDialect;

/** Not written yet. */
final class OracleDdl implements DdlDialect {

    @Override
    public java.util.List<String> createSchema(org.apimmigrate.api.schema.SchemaModel model) {
        throw new UnsupportedOperationException("Oracle: Ddl not implemented yet");
    }
}
