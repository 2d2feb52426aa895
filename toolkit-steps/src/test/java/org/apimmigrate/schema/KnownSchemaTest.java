package org.apimmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.vendor.Vendors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KnownSchemaTest {

    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void ownDumpsReadIntoModelsAndBackWithoutLoss(KnownSchema schema) {
        for (String vendor : new String[] {"postgresql", "mysql"}) {
            var v = Vendors.require(vendor);
            assertThat(schema.hasOwnDump(v)).isTrue();
            Snapshot dump = Snapshot.fromResource("org/apimmigrate/schema/" + vendor + "/" + resource(schema) + ".txt");
            assertThat(SchemaModel.of(dump).toSnapshot()).isEqualTo(dump);
        }
    }

    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void amSchemasHoldTheTablesTheFactsCount(KnownSchema schema) {
        int tables = SchemaModel.of(schema.canonical()).tables().size();
        switch (schema) {
            case AM_320 -> assertThat(tables).isEqualTo(159);
            case AM_400 -> assertThat(tables).isEqualTo(176);
            default -> assertThat(tables).isGreaterThan(40);
        }
    }

    private static String resource(KnownSchema schema) {
        return switch (schema) {
            case AM_320 -> "am320";
            case AM_400 -> "am400";
            case SHARED_320 -> "shared460";
            case SHARED_400 -> "shared462";
        };
    }
}
