package org.apimmigrate.vendor.h2;

import org.apimmigrate.api.vendor.DdlDialect;

/** Not written yet. */
final class H2Ddl implements DdlDialect {

    @Override
    public java.util.List<String> createSchema(org.apimmigrate.api.schema.SchemaModel model) {
        throw new UnsupportedOperationException("H2: Ddl not implemented yet");
    }
}
