package org.apimmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The per-vendor facts of the reference (FACTS §3, §7 and the fresh 4.0.0 DDL) hold in the models. */
class VendorSchemaFactsTest {

    private static final List<String> REGISTRY_VERSIONED = List.of("REG_RESOURCE", "REG_RESOURCE_HISTORY",
            "REG_RESOURCE_COMMENT", "REG_RESOURCE_PROPERTY", "REG_RESOURCE_RATING", "REG_RESOURCE_TAG");

    @ParameterizedTest
    @EnumSource(value = KnownSchema.class, names = {"SHARED_320", "SHARED_400"})
    void registryPathWidthsPerVendor(KnownSchema schema) {
        assertThat(column(schema, "postgresql", "REG_PATH", "REG_PATH_VALUE").type())
                .isEqualTo("character varying(2000)");
        assertThat(column(schema, "oracle", "REG_PATH", "REG_PATH_VALUE").type()).isEqualTo("VARCHAR2(2000)");
        assertThat(column(schema, "h2", "REG_PATH", "REG_PATH_VALUE").type()).isEqualTo("CHARACTER VARYING(2000)");
        assertThat(column(schema, "mssql", "REG_PATH", "REG_PATH_VALUE").type()).isEqualTo("VARCHAR(895)");
        assertThat(column(schema, "db2", "REG_PATH", "REG_PATH_VALUE").type()).isEqualTo("VARCHAR(750)");
        assertThat(column(schema, "mssql", "REG_LOG", "REG_PATH").type()).isEqualTo("VARCHAR(2000)");
        assertThat(column(schema, "oracle", "REG_LOG", "REG_PATH").type()).isEqualTo("VARCHAR2(2000)");
    }

    @ParameterizedTest
    @EnumSource(value = KnownSchema.class, names = {"SHARED_320", "SHARED_400"})
    void sqlServerResourceCommentAndTagVersionsDefaultToZero(KnownSchema schema) {
        assertThat(column(schema, "mssql", "REG_RESOURCE_COMMENT", "REG_VERSION").defaultValue()).isEqualTo("0");
        assertThat(column(schema, "mssql", "REG_RESOURCE_TAG", "REG_VERSION").defaultValue()).isEqualTo("0");
        assertThat(column(schema, "mssql", "REG_RESOURCE_RATING", "REG_VERSION").defaultValue()).isEmpty();
        assertThat(column(schema, "oracle", "REG_RESOURCE_TAG", "REG_VERSION").defaultValue()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = KnownSchema.class, names = {"SHARED_320", "SHARED_400"})
    void db2RegistryVersionsAreDecimal31(KnownSchema schema) {
        for (String table : REGISTRY_VERSIONED) {
            assertThat(column(schema, "db2", table, "REG_VERSION").type()).as(table).isEqualTo("DECIMAL(31,0)");
            assertThat(column(schema, "mssql", table, "REG_VERSION").type()).as(table).isEqualTo("INT");
        }
    }

    @Test
    void fresh400RevisionUuidWidthsOfDb2AndH2() {
        assertThat(column(KnownSchema.AM_400, "db2", "AM_GRAPHQL_COMPLEXITY", "REVISION_UUID").type())
                .isEqualTo("VARCHAR(256)");
        assertThat(column(KnownSchema.AM_400, "db2", "AM_API_URL_MAPPING", "REVISION_UUID").type())
                .isEqualTo("VARCHAR(255)");
        assertThat(column(KnownSchema.AM_400, "h2", "AM_GRAPHQL_COMPLEXITY", "REVISION_UUID").type())
                .isEqualTo("CHARACTER VARYING(256)");
        assertThat(column(KnownSchema.AM_400, "h2", "AM_API_URL_MAPPING", "REVISION_UUID").type())
                .isEqualTo("CHARACTER VARYING(256)");
        assertThat(column(KnownSchema.AM_400, "mssql", "AM_GRAPHQL_COMPLEXITY", "REVISION_UUID").type())
                .isEqualTo("VARCHAR(255)");
        assertThat(model(KnownSchema.AM_320, "h2").findTable("AM_GRAPHQL_COMPLEXITY").orElseThrow()
                .column("REVISION_UUID")).as("3.2.0 has no revisions").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = KnownSchema.class, names = {"AM_320", "AM_400"})
    void gatewayArtifactTimeStampPerVendor(KnownSchema schema) {
        assertThat(column(schema, "db2", "AM_GW_API_ARTIFACTS", "TIME_STAMP").defaultValue())
                .isEqualTo("GENERATED ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE TIMESTAMP");
        assertThat(model(schema, "postgresql").findTable("AM_GW_API_ARTIFACTS").orElseThrow().triggers())
                .extracting(t -> t.name()).containsExactly("TIME_STAMP");
        assertThat(model(schema, "h2").findTable("AM_GW_API_ARTIFACTS").orElseThrow().triggers()).isEmpty();
        // WSO2's 3.2.0 scripts stamp the time with a trigger on SQL Server and Oracle; 4.0.0 uses the default
        List<String> mssql = schema == KnownSchema.AM_320 ? List.of("TIMESTAMP AFTER INSERT", "TIMESTAMP AFTER UPDATE")
                : List.of();
        List<String> oracle = schema == KnownSchema.AM_320
                ? List.of("UPDATE_TIMESTAMP BEFORE INSERT", "UPDATE_TIMESTAMP BEFORE UPDATE") : List.of();
        assertThat(model(schema, "mssql").findTable("AM_GW_API_ARTIFACTS").orElseThrow().triggers())
                .extracting(t -> t.name() + " " + t.timingAndEvent()).containsExactlyInAnyOrderElementsOf(mssql);
        assertThat(model(schema, "oracle").findTable("AM_GW_API_ARTIFACTS").orElseThrow().triggers())
                .extracting(t -> t.name() + " " + t.timingAndEvent()).containsExactlyInAnyOrderElementsOf(oracle);
    }

    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void db2KeyColumnsAreNotNull(KnownSchema schema) {
        var model = model(schema, "db2");
        model.tables().forEach(t -> t.constraints().stream()
                .filter(k -> k.kind() != org.apimmigrate.api.schema.Constraint.Kind.FK)
                .flatMap(k -> k.columns().stream())
                .forEach(c -> assertThat(t.column(c).orElseThrow().nullable()).as(t + "." + c).isFalse()));
    }

    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void noColumnIsNotNullWithANullDefault(KnownSchema schema) {
        // DB2 refuses NOT NULL DEFAULT NULL; key columns NOT NULL must not keep a NULL default anywhere
        for (String vendor : List.of("h2", "mssql", "oracle", "db2")) {
            List<Column> bad = model(schema, vendor).tables().stream().flatMap(t -> t.columns().stream())
                    .filter(c -> !c.nullable() && c.defaultValue().equalsIgnoreCase("NULL")).toList();
            assertThat(bad).as(vendor).isEmpty();
        }
    }

    private static Column column(KnownSchema schema, String vendor, String table, String column) {
        return model(schema, vendor).findTable(table).orElseThrow().column(column).orElseThrow();
    }

    private static SchemaModel model(KnownSchema schema, String vendor) {
        return schema.model(Vendors.require(vendor));
    }
}
