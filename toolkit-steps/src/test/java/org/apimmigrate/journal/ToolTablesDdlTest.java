package org.apimmigrate.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apimmigrate.api.schema.PortableTable;
import org.apimmigrate.api.schema.PortableTable.PortableColumn;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.fingerprint.FingerprintStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The toolkit's own tables are defined once and created by each vendor's DDL: every column with the vendor's type,
 * its nullability and the key, and the spellings the per-vendor scripts these tables were created from had.
 */
class ToolTablesDdlTest {

    /** Column definitions as the per-vendor journal scripts wrote them, written out here by hand. */
    private static final Map<String, List<String>> JOURNAL_AS_BEFORE = Map.of(
            "postgresql", List.of("STEP_ID VARCHAR(100) NOT NULL", "STARTED_AT TIMESTAMP", "ROWS_AFFECTED BIGINT",
                    "STATEMENTS_RUN INTEGER", "DETAIL VARCHAR(2000)"),
            "h2", List.of("STEP_ID VARCHAR(100) NOT NULL", "STARTED_AT TIMESTAMP", "ROWS_AFFECTED BIGINT"),
            "db2", List.of("STEP_ID VARCHAR(100) NOT NULL", "FINISHED_AT TIMESTAMP", "STATEMENTS_RUN INTEGER"),
            "mysql", List.of("STEP_ID VARCHAR(100) NOT NULL", "STARTED_AT DATETIME(3) NULL",
                    "FINISHED_AT DATETIME(3) NULL", "ROWS_AFFECTED BIGINT NULL"),
            "mssql", List.of("STEP_ID VARCHAR(100) NOT NULL", "STARTED_AT DATETIME2", "ROWS_AFFECTED BIGINT"),
            "oracle", List.of("STEP_ID VARCHAR2(100) NOT NULL", "STARTED_AT TIMESTAMP", "ROWS_AFFECTED NUMBER(19)",
                    "STATEMENTS_RUN NUMBER(10)", "DETAIL VARCHAR2(2000)"));

    static List<Vendor> vendors() {
        return Vendors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void theJournalIsTheModelInTheVendorsTypes(Vendor vendor) {
        String ddl = vendor.ddl().createTable(Journal.MODEL);

        assertEveryColumnAndTheKey(vendor, Journal.MODEL, ddl);
        assertThat(ddl).containsPattern("(?m)^\\s*PRIMARY KEY \\(STEP_ID\\)\\s*$");
        assertThat(JOURNAL_AS_BEFORE).containsKey(vendor.id());
        assertThat(definitions(ddl)).as(ddl).containsAll(JOURNAL_AS_BEFORE.get(vendor.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void theFingerprintTableIsTheModelInTheVendorsTypes(Vendor vendor) {
        String ddl = vendor.ddl().createTable(FingerprintStore.MODEL);

        assertEveryColumnAndTheKey(vendor, FingerprintStore.MODEL, ddl);
        assertThat(ddl).as("managed MySQL services refuse a table without one")
                .containsPattern("(?m)^\\s*PRIMARY KEY \\(PHASE, MOMENT, TABLE_NAME, SUBSET\\)\\s*$");
    }

    private static void assertEveryColumnAndTheKey(Vendor vendor, PortableTable table, String ddl) {
        assertThat(ddl).startsWith("CREATE TABLE " + table.name() + " (").endsWith(")");
        List<String> definitions = definitions(ddl);
        assertThat(definitions.stream().filter(d -> !d.startsWith("PRIMARY KEY"))).as(ddl)
                .hasSize(table.columns().size());
        for (PortableColumn c : table.columns()) {
            String start = vendor.ddl().identifier(c.name()) + " " + vendor.ddl().portableType(c);
            assertThat(definitions).as(ddl).anySatisfy(d -> {
                assertThat(d.equals(start) || d.startsWith(start + " ")).as(d).isTrue();
                assertThat(d.endsWith(" NOT NULL")).as(d).isEqualTo(!c.nullable());
            });
            if (c.type() == PortableTable.Type.TEXT) {
                assertThat(vendor.ddl().portableType(c)).as(c.name()).contains("(" + c.length() + ")");
            }
        }
    }

    /** The lines between the parentheses, without their commas. */
    private static List<String> definitions(String ddl) {
        return ddl.substring(ddl.indexOf('(') + 1, ddl.lastIndexOf(')')).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l).toList();
    }
}
