package org.apimmigrate.verify.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.Engines;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vendors without a reference dump get their models by translation. On every such vendor that has a real engine
 * here, the rendered model loads, and the engine's catalog shows exactly the model's lines. Those vendors (SQL Server,
 * Oracle, DB2) have engines only in containers or as external URLs, so without them this test has nothing to run;
 * H2, which has its own dump now, is checked by {@link ReferenceSchemaFidelityIT}.
 */
class TranslatedSchemaIT {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Vendor vendor : Vendors.all()) {
            for (Engine engine : Engines.forVendor(vendor.id())) {
                for (KnownSchema schema : KnownSchema.values()) {
                    if (!schema.hasOwnDump(vendor)) {
                        out.add(Arguments.of(Named.of(engine.describe(), engine), schema));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} on {0}", allowZeroInvocations = true)
    @MethodSource("cases")
    void translatedSchemaReadsBackAsItsModel(Engine engine, KnownSchema schema) {
        Vendor vendor = Vendors.require(engine.vendorId());
        Snapshot expected = schema.expectedSnapshot(vendor);

        Snapshot live = engine.createDatabase("translated").jdbi().withHandle(h -> {
            FixtureSchemas.load(h, schema, vendor);
            return vendor.catalog().snapshot(h);
        });

        assertThat(live.text())
                .as("%s on %s differs from its model:\n%s", schema, engine.describe(), live.diff(expected))
                .isEqualTo(expected.text());
    }
}
