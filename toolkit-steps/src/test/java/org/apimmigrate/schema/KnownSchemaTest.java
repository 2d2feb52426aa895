package org.apimmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.apimmigrate.api.schema.SchemaModel;
import java.util.List;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KnownSchemaTest {

    /**
     * The model of every vendor with WSO2's schema for it is that schema, line for line: the facts file as the
     * resource holds it, engine-made names as {@code SYS_GENERATED}, WSO2's own sequence and trigger names.
     */
    @ParameterizedTest
    @CsvSource({"postgresql,AM_320", "postgresql,AM_400", "postgresql,SHARED_320", "postgresql,SHARED_400",
            "mysql,AM_320", "mysql,AM_400", "mysql,SHARED_320", "mysql,SHARED_400",
            "mssql,AM_320", "mssql,AM_400", "mssql,SHARED_320", "mssql,SHARED_400",
            "oracle,AM_320", "oracle,AM_400", "oracle,SHARED_320", "oracle,SHARED_400",
            "db2,AM_320", "db2,AM_400", "db2,SHARED_320", "db2,SHARED_400"})
    void theModelIsTheFactsLineForLine(String vendor, KnownSchema schema) {
        var v = Vendors.require(vendor);
        assertThat(schema.hasOwnDump(v)).isTrue();
        List<String> facts = SqlResource.read("org/apimmigrate/schema/" + vendor + "/" + resource(schema) + ".txt")
                .lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(schema.facts(v).lines().stream().map(SnapshotLine::text).toList())
                .containsExactlyInAnyOrderElementsOf(facts);
        KnownSchema.Amendments amendments = schema.amendments(v);
        List<String> expected = new java.util.ArrayList<>(facts);
        amendments.removed().forEach(l -> assertThat(expected.remove(l.text())).as("amends a line of the facts: " + l)
                .isTrue());
        amendments.added().forEach(l -> expected.add(l.text()));
        List<String> model = schema.model(v).toSnapshot().lines().stream().map(SnapshotLine::text).toList();
        assertThat(model).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(amendments.isEmpty()).as("only DB2's 4.0.0 is amended")
                .isEqualTo(!(vendor.equals("db2") && schema == KnownSchema.AM_400));
    }

    /**
     * DB2's amendments are exactly what SQL0542N refuses in WSO2's script: every column of a UNIQUE key that the
     * facts leave nullable becomes NOT NULL, nothing else changes.
     */
    @org.junit.jupiter.api.Test
    void db2AmendmentsMakeExactlyTheNullableUniqueKeyColumnsNotNull() {
        var v = Vendors.require("db2");
        SchemaModel facts = SchemaModel.of(KnownSchema.AM_400.facts(v));
        List<String> nullableKeyColumns = facts.tables().stream().flatMap(t -> t.constraints().stream()
                .filter(c -> c.kind() == org.apimmigrate.api.schema.Constraint.Kind.UNIQUE)
                .flatMap(c -> c.columns().stream()).distinct()
                .filter(c -> t.column(c).orElseThrow().nullable()).map(c -> t.name() + "." + c)).toList();
        assertThat(nullableKeyColumns).containsExactlyInAnyOrder("AM_API.API_UUID",
                "AM_API_REVISION_METADATA.API_UUID", "AM_API_REVISION_METADATA.REVISION_UUID");
        KnownSchema.Amendments amendments = KnownSchema.AM_400.amendments(v);
        assertThat(amendments.removed()).extracting(l -> l.table() + "." + l.fields().get(1))
                .containsExactlyInAnyOrderElementsOf(nullableKeyColumns);
        assertThat(amendments.added()).extracting(l -> l.table() + "." + l.fields().get(1) + " " + l.fields().get(3))
                .containsExactlyInAnyOrderElementsOf(nullableKeyColumns.stream().map(c -> c + " NOT NULL").toList());
        for (KnownSchema other : KnownSchema.values()) {
            SchemaModel model = other.model(v);
            model.tables().forEach(t -> t.constraints().stream()
                    .filter(c -> c.kind() != org.apimmigrate.api.schema.Constraint.Kind.FK)
                    .flatMap(c -> c.columns().stream())
                    .forEach(c -> assertThat(t.column(c).orElseThrow().nullable()).as(other + " " + t + "." + c)
                            .isFalse()));
        }
    }

    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void ownDumpsReadIntoModelsAndBackWithoutLoss(KnownSchema schema) {
        for (String vendor : new String[] {"postgresql", "mysql", "mssql", "oracle", "db2"}) {
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

    /**
     * The model is read once per schema and vendor, yet each caller gets a model of its own: equal to a fresh read
     * of the facts, and a change to it (or to another caller's) never reaches the next caller.
     */
    @ParameterizedTest
    @CsvSource({"postgresql,AM_400", "mysql,SHARED_320", "h2,AM_320", "oracle,AM_400"})
    void everyCallerGetsAnEqualModelOfItsOwn(String vendor, KnownSchema schema) {
        var v = Vendors.require(vendor);
        Snapshot fresh = schema.hasOwnDump(v)
                ? SchemaModel.of(schema.facts(v)).toSnapshot() : schema.model(v).toSnapshot();
        SchemaModel first = schema.model(v);
        if (schema.hasOwnDump(v) && schema.amendments(v).isEmpty()) {
            assertThat(first.toSnapshot()).isEqualTo(fresh);
        }
        Snapshot before = first.toSnapshot();
        String someTable = first.tables().iterator().next().name();

        first.table("CALLER_ADDED_TABLE").add(new org.apimmigrate.api.schema.Column("CALLER_ADDED_TABLE", "ID", "int",
                false, null));
        first.table(someTable).add(new org.apimmigrate.api.schema.Column(someTable, "CALLER_ADDED_COLUMN", "int",
                true, null));
        first.addSequence("CALLER_ADDED_SEQUENCE");

        SchemaModel second = schema.model(v);
        assertThat(second).isNotSameAs(first);
        assertThat(second.toSnapshot()).isEqualTo(before).isEqualTo(schema.expectedSnapshot(v));
        assertThat(second.findTable("CALLER_ADDED_TABLE")).isEmpty();
        assertThat(second.findTable(someTable).orElseThrow().column("CALLER_ADDED_COLUMN")).isEmpty();
        assertThat(second.sequences()).doesNotContain("CALLER_ADDED_SEQUENCE");
        assertThat(schema.expectedSnapshot(v).text()).doesNotContain("CALLER_ADDED");
    }
}
