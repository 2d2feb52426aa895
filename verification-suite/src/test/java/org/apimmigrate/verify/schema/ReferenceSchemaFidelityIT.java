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
import org.apimmigrate.verify.engine.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered DDL of each known schema, loaded into a real engine and read back from its catalog, gives the
 * reference dump of the real schema, line for line. PostgreSQL is checked against the {@code pg_*} dumps (made on
 * PostgreSQL 15), MySQL against the {@code mysql_*} dumps (made on MariaDB 10.11) on every engine of that vendor
 * here, H2 against the {@code h2_*} facts on H2 1.4.199 (the H2 of API-M). A line an engine version spells
 * differently is accepted only if it is listed in {@link RenderingDifferences}.
 */
class ReferenceSchemaFidelityIT {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String vendor : List.of("postgresql", "mysql", "h2")) {
            for (Engine engine : Engines.forVendor(vendor)) {
                for (KnownSchema schema : KnownSchema.values()) {
                    out.add(Arguments.of(Named.of(engine.describe(), engine), schema));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void renderedSchemaReadsBackAsTheReferenceDump(Engine engine, KnownSchema schema) {
        Vendor vendor = Vendors.require(engine.vendorId());
        Snapshot reference = ReferenceDumps.of(vendor, schema);
        TestDatabase db = engine.createDatabase("fidelity");

        Snapshot live = db.jdbi().withHandle(h -> {
            FixtureSchemas.load(h, schema, vendor);
            return vendor.catalog().snapshot(h);
        });

        Snapshot expected = RenderingDifferences.forEngine(engine.version()).applyTo(reference);
        assertThat(live.text())
                .as("%s on %s differs from the reference dump:\n%s", schema, engine.describe(), live.diff(expected))
                .isEqualTo(expected.text());
    }
}
