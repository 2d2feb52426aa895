package org.apimmigrate.dialect.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apimmigrate.api.dialect.Vendors;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every vendor's lock SQL file holds the texts its lock uses, with exactly the named parameters the Java side binds
 * as JDBI reads them (T-SQL {@code @variables} and PL/SQL {@code :=} must not pass for parameters).
 */
class MigrationLockSqlTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql | acquire       | key
            postgresql | release       | key
            mysql      | acquire       | key
            mysql      | release       | key
            mssql      | acquire       | key
            mssql      | release       | key
            oracle     | acquire       | name result lockhandle
            oracle     | release       | result lockhandle
            """)
    void lockSqlHasTheTextsAndParametersTheLockBinds(String vendor, String text, String parameters) {
        NamedSql sql = NamedSql.load(Vendors.require(vendor).getClass(), "migration-lock.sql");

        ParsedParameters parsed = new ColonPrefixSqlParser().parse(sql.get(text), null).getParameters();

        List<String> expected = parameters == null ? List.of() : List.of(parameters.split(" "));
        assertThat(parsed.getParameterNames()).containsExactlyElementsOf(expected);
    }

    /** DB2 and H2 keep the lock as a row: the table comes from the vendor's DDL, the rest is shared SQL. */
    @ParameterizedTest(name = "lock-row {0}")
    @CsvSource(delimiter = '|', textBlock = """
            insert | name owner host
            holder | name
            delete | name owner
            """)
    void lockRowSqlHasTheTextsAndParametersTheLockBinds(String text, String parameters) {
        NamedSql sql = NamedSql.load(LockRow.class, "lock-row.sql");

        ParsedParameters parsed = new ColonPrefixSqlParser().parse(sql.get(text), null).getParameters();

        assertThat(parsed.getParameterNames()).containsExactlyElementsOf(List.of(parameters.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"db2", "h2"})
    void theLockTableIsRenderedByTheVendorsDdlWithItsKey(String vendor) {
        String create = Vendors.require(vendor).ddl().createTable(LockRow.MODEL);

        assertThat(create).startsWith("CREATE TABLE APIM_MIGRATE_LOCK").contains("LOCK_NAME VARCHAR(128) NOT NULL",
                "ACQUIRED_AT TIMESTAMP NOT NULL").containsPattern("PRIMARY KEY\\s*\\(LOCK_NAME\\)");
    }

    @Test
    void namedTextsRunToTheNextNameAndSkipTheFileHeader() {
        NamedSql sql = NamedSql.parse("test.sql", "-- header\n-- name: a\nSELECT 1\nFROM t\n\n-- name: b\nSELECT 2\n");

        assertThat(sql.get("a")).isEqualTo("SELECT 1\nFROM t");
        assertThat(sql.get("b")).isEqualTo("SELECT 2");
        assertThatThrownBy(() -> sql.get("c")).hasMessageContaining("No SQL named 'c' in test.sql");
    }

    @Test
    void clearStatementQuotesTheName() {
        assertThat(LockRow.clearStatement("it's")).isEqualTo("DELETE FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = 'it''s'");
    }
}
