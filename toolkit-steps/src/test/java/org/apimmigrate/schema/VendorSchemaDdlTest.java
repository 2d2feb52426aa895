package org.apimmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.dialect.VendorScripts;
import org.apimmigrate.dialect.VendorScripts.Unparseable;
import org.apimmigrate.dialect.common.GeneratedNames;
import org.apimmigrate.dialect.common.IdGeneration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL of the vendors that have no engine here (SQL Server, Oracle, DB2), rendered from their models (WSO2's
 * schemas for them) and checked without one: as a script it splits back into its statements with the vendor's
 * splitter, every statement parses, except statements of the few listed kinds JSqlParser cannot read, and the DDL
 * keeps the model's structure (each table once, WSO2's id generators under WSO2's names, engine-named constraints
 * left unnamed).
 */
class VendorSchemaDdlTest {

    private static final String ROW_CHANGE = " GENERATED ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE TIMESTAMP";

    private static final Map<String, List<Unparseable>> UNPARSEABLE = Map.of(
            "mssql", List.of(Unparseable.of("T-SQL trigger body (inserted pseudo-table, BEGIN ... END)",
                            "CREATE TRIGGER \\[TIMESTAMP] ON AM_GW_API_ARTIFACTS AFTER INSERT, UPDATE AS\\s.*END"),
                    VendorScripts.MSSQL_TIMESTAMP_COLUMN),
            "oracle", List.of(Unparseable.of("PL/SQL trigger (:NEW)", "CREATE OR REPLACE TRIGGER \\w+\\s.*END;")),
            "db2", List.of(
                    Unparseable.of("DB2SQL id trigger (BEGIN ATOMIC)", "CREATE TRIGGER \\w+ NO CASCADE BEFORE .*END"),
                    Unparseable.of("ROW CHANGE TIMESTAMP column",
                            "CREATE TABLE \\w+ \\(.*" + java.util.regex.Pattern.quote(ROW_CHANGE) + ".*\\)",
                            s -> s.replace(ROW_CHANGE, ""))));

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String vendor : List.of("mssql", "oracle", "db2")) {
            for (KnownSchema schema : KnownSchema.values()) {
                out.add(Arguments.of(vendor, schema));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyStatementParsesOrIsOfAListedKind(String vendorId, KnownSchema schema) {
        for (String sql : ddl(vendorId, schema)) {
            if (VendorScripts.parses(sql)) {
                continue;
            }
            Optional<Unparseable> kind = VendorScripts.kindOf(sql, UNPARSEABLE.get(vendorId));
            assertThat(kind).as("statement JSqlParser cannot read, of no listed kind:\n%s", sql).isPresent();
            if (kind.get().reduction() != null) {
                assertThat(VendorScripts.parses(kind.get().reduction().apply(sql)))
                        .as("%s without its listed clause must parse:\n%s", kind.get().kind(), sql).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aScriptOfTheStatementsSplitsBackIntoThem(String vendorId, KnownSchema schema) {
        List<String> statements = ddl(vendorId, schema);
        assertThat(Vendors.require(vendorId).splitter().split(VendorScripts.script(vendorId, statements)))
                .containsExactlyElementsOf(statements);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyTableIsCreatedExactlyOnce(String vendorId, KnownSchema schema) {
        List<String> created = ddl(vendorId, schema).stream().filter(s -> s.startsWith("CREATE TABLE "))
                .map(s -> s.substring("CREATE TABLE ".length(), s.indexOf(' ', "CREATE TABLE ".length()))).toList();
        List<String> tables = model(vendorId, schema).tables().stream().map(Table::name).toList();
        assertThat(created).containsExactlyInAnyOrderElementsOf(tables);
    }

    /**
     * Ids as WSO2 generates them: SQL Server and DB2 identity columns as the column's definition, Oracle and DB2
     * sequence-fed triggers under WSO2's names, each reading its own sequence into its own column.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyIdGeneratorIsRenderedUnderWso2sNames(String vendorId, KnownSchema schema) {
        List<String> ddl = ddl(vendorId, schema);
        String all = String.join("\n;\n", ddl);
        SchemaModel model = model(vendorId, schema);
        int generators = 0;
        for (Table t : model.tables()) {
            for (Column c : t.columns()) {
                if (IdGeneration.generatesItself(c)) {
                    generators++;
                    assertThat(all).as("identity %s.%s", t, c.name())
                            .contains("\n    " + c.name() + " " + c.type() + " " + c.defaultValue() + " NOT NULL");
                }
            }
            for (var tr : t.triggers()) {
                Optional<IdGeneration.SequenceTrigger> g = IdGeneration.of(t, tr);
                if (g.isEmpty()) {
                    continue;
                }
                generators++;
                assertThat(all).contains("CREATE SEQUENCE " + g.get().sequence() + " START WITH 1");
                String trigger = ddl.stream().filter(s -> s.matches("(?s)CREATE (OR REPLACE )?TRIGGER "
                        + tr.name() + "\\s.*")).findFirst().orElseThrow();
                assertThat(trigger).as(tr.name()).contains(" ON " + t.name() + "\n")
                        .containsPattern("(" + g.get().sequence() + "\\.nextval INTO :NEW\\." + g.get().column()
                                + " |SET \\(NEW\\." + g.get().column() + "\\) = \\(NEXTVAL FOR "
                                + g.get().sequence() + "\\))");
            }
        }
        assertThat(generators).as("WSO2's schemas generate ids in dozens of tables").isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void constraintsTheRealSchemaLeavesUnnamedAreRenderedUnnamed(String vendorId, KnownSchema schema) {
        String all = String.join("\n", ddl(vendorId, schema));
        int unnamed = 0;
        for (Table table : model(vendorId, schema).tables()) {
            for (Constraint k : table.constraints()) {
                if (GeneratedNames.isSysGenerated(k.name())) {
                    unnamed++;
                } else {
                    assertThat(all).contains("CONSTRAINT " + k.name() + " ");
                }
            }
        }
        assertThat(all).doesNotContain(GeneratedNames.SYS_GENERATED);
        assertThat(unnamed).as("the real schemas leave most keys unnamed").isGreaterThan(50);
    }

    private static List<String> ddl(String vendorId, KnownSchema schema) {
        Vendor vendor = Vendors.require(vendorId);
        return vendor.ddl().createSchema(schema.model(vendor));
    }

    private static SchemaModel model(String vendorId, KnownSchema schema) {
        return schema.model(Vendors.require(vendorId));
    }
}
