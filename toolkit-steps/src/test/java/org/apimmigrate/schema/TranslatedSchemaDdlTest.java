package org.apimmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.vendor.Vendor;
import org.apimmigrate.api.vendor.Vendors;
import org.apimmigrate.vendor.VendorScripts;
import org.apimmigrate.vendor.common.GeneratedNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL of the vendors that have no engine here (SQL Server, Oracle, DB2), checked without one: as a script it
 * splits back into its statements with the vendor's splitter, every statement parses, except statements of the few
 * listed kinds JSqlParser cannot read, and the DDL keeps the model's structure (each table once, an id generator for
 * every canonical id column, engine-named constraints left unnamed).
 */
class TranslatedSchemaDdlTest {

    /** A kind of statement JSqlParser cannot read; where a reduction is given, what remains must parse. */
    record Unparseable(String kind, Pattern shape, UnaryOperator<String> reduction) {
    }

    private static final Pattern ORACLE_ID_TRIGGER = Pattern.compile("CREATE OR REPLACE TRIGGER (\\w+)_TRIGGER\\s+"
            + "BEFORE INSERT\\s+ON \\1\\s+REFERENCING NEW AS NEW\\s+FOR EACH ROW\\s+BEGIN\\s+"
            + "SELECT \\1_SEQUENCE\\.nextval INTO :NEW\\.\\w+ FROM dual;\\s+END;");
    private static final Pattern DB2_ID_TRIGGER = Pattern.compile("CREATE TRIGGER (\\w+)_TRIGGER NO CASCADE BEFORE "
            + "INSERT ON \\1\\s+REFERENCING NEW AS NEW FOR EACH ROW MODE DB2SQL\\s+BEGIN ATOMIC\\s+"
            + "SET \\(NEW\\.\\w+\\) = \\(NEXTVAL FOR \\1_SEQUENCE\\);\\s+END");
    private static final String ROW_CHANGE = " GENERATED ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE TIMESTAMP";

    private static final Map<String, List<Unparseable>> UNPARSEABLE = Map.of(
            "mssql", List.of(),
            "oracle", List.of(new Unparseable("PL/SQL id trigger (:NEW)", ORACLE_ID_TRIGGER, null)),
            "db2", List.of(
                    new Unparseable("DB2SQL id trigger (BEGIN ATOMIC)", DB2_ID_TRIGGER, null),
                    new Unparseable("ROW CHANGE TIMESTAMP column",
                            Pattern.compile("(?s)CREATE TABLE \\w+ \\(.*" + Pattern.quote(ROW_CHANGE) + ".*\\)"),
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
            if (parses(sql)) {
                continue;
            }
            Optional<Unparseable> kind = UNPARSEABLE.get(vendorId).stream()
                    .filter(k -> k.shape().matcher(sql).matches()).findFirst();
            assertThat(kind).as("statement JSqlParser cannot read, of no listed kind:\n%s", sql).isPresent();
            if (kind.get().reduction() != null) {
                assertThat(parses(kind.get().reduction().apply(sql)))
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
        List<String> tables = canonical(schema).tables().stream().map(Table::name).toList();
        assertThat(created).containsExactlyInAnyOrderElementsOf(tables);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyCanonicalIdColumnGetsTheVendorsIdGeneration(String vendorId, KnownSchema schema) {
        String all = String.join("\n;\n", ddl(vendorId, schema));
        List<Column> ids = canonical(schema).tables().stream().flatMap(t -> t.columns().stream())
                .filter(c -> c.defaultValue().startsWith("nextval(")).toList();
        assertThat(ids).isNotEmpty();
        for (Column id : ids) {
            String t = id.table();
            String c = id.name();
            List<String> expected = switch (vendorId) {
                case "mssql" -> List.of("\n    " + c + " INT IDENTITY(1,1) NOT NULL");
                case "oracle" -> List.of("CREATE SEQUENCE " + t + "_SEQUENCE START WITH 1",
                        "BEFORE INSERT\n    ON " + t + "\n", "SELECT " + t + "_SEQUENCE.nextval INTO :NEW." + c + " ");
                case "db2" -> List.of("CREATE SEQUENCE " + t + "_SEQUENCE START WITH 1",
                        "NO CASCADE BEFORE INSERT ON " + t + "\n",
                        "SET (NEW." + c + ") = (NEXTVAL FOR " + t + "_SEQUENCE)");
                default -> throw new IllegalArgumentException(vendorId);
            };
            assertThat(all).as("id generation of %s.%s on %s", t, c, vendorId).contains(expected);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void constraintsTheRealSchemaLeavesUnnamedAreRenderedUnnamed(String vendorId, KnownSchema schema) {
        String all = String.join("\n", ddl(vendorId, schema));
        int unnamed = 0;
        for (Table table : canonical(schema).tables()) {
            for (Constraint k : table.constraints()) {
                if (GeneratedNames.isCanonicalGenerated(k)) {
                    unnamed++;
                    assertThat(all).doesNotContain("CONSTRAINT " + k.name() + " ");
                } else {
                    assertThat(all).contains("CONSTRAINT " + k.name() + " ");
                }
            }
        }
        assertThat(unnamed).as("the real schemas leave most keys unnamed").isGreaterThan(50);
    }

    private static boolean parses(String sql) {
        return VendorScripts.parses(sql);
    }

    private static List<String> ddl(String vendorId, KnownSchema schema) {
        Vendor vendor = Vendors.require(vendorId);
        return vendor.ddl().createSchema(schema.model(vendor));
    }

    private static SchemaModel canonical(KnownSchema schema) {
        return SchemaModel.of(schema.canonical());
    }
}
