package org.apimmigrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apimmigrate.dialect.common.SqlResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalog queries of the vendors with no engine here parse with JSqlParser. DB2's name the current schema by its
 * special register {@code CURRENT SCHEMA}, which JSqlParser does not know: read as the standard's
 * {@code CURRENT_SCHEMA}, the rest of each query must parse.
 */
class CatalogQueriesParseTest {

    private static final Map<String, List<String>> QUERIES = Map.of(
            "mssql", List.of("columns", "keys", "foreign-keys", "indexes", "sequences", "triggers", "views"),
            "oracle", List.of("columns", "constraints", "indexes", "sequences", "triggers", "views"),
            "db2", List.of("columns", "constraints", "indexes", "sequences", "triggers", "views"));

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void everyCatalogQueryParses(String vendorId) {
        for (String name : QUERIES.get(vendorId)) {
            String sql = SqlResource.read("org/apimmigrate/dialect/" + vendorId + "/catalog/" + name + ".sql");
            String readable = vendorId.equals("db2") ? VendorScripts.DB2_CURRENT_SCHEMA.apply(sql) : sql;
            assertThat(VendorScripts.parses(readable)).as("%s catalog query %s:\n%s", vendorId, name, sql).isTrue();
        }
    }
}
