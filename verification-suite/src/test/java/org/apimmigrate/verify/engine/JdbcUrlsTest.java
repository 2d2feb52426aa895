package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void replacesTheDatabaseAndKeepsParameters() {
        assertThat(JdbcUrls.withDatabase("postgresql", "jdbc:postgresql://h:5432/test?loggerLevel=OFF", "t_1"))
                .isEqualTo("jdbc:postgresql://h:5432/t_1?loggerLevel=OFF");
        assertThat(JdbcUrls.withDatabase("mysql", "jdbc:mysql://h:3306?useSSL=false", "t_1"))
                .isEqualTo("jdbc:mysql://h:3306/t_1?useSSL=false");
        assertThat(JdbcUrls.withDatabase("mssql", "jdbc:sqlserver://h:1433;databaseName=x;encrypt=false", "t_1"))
                .isEqualTo("jdbc:sqlserver://h:1433;encrypt=false;databaseName=t_1");
    }

    @Test
    void namesTheSchemaInEachVendorsSyntax() {
        assertThat(JdbcUrls.withSchema("postgresql", "jdbc:postgresql://h/db", "s_1"))
                .isEqualTo("jdbc:postgresql://h/db?currentSchema=s_1");
        assertThat(JdbcUrls.withSchema("postgresql", "jdbc:postgresql://h/db?ssl=true", "s_1"))
                .isEqualTo("jdbc:postgresql://h/db?ssl=true&currentSchema=s_1");
        assertThat(JdbcUrls.withSchema("db2", "jdbc:db2://h:50000/test", "s_1"))
                .isEqualTo("jdbc:db2://h:50000/test:currentSchema=S_1;");
        assertThat(JdbcUrls.withSchema("db2", "jdbc:db2://h:50000/test:sslConnection=false", "s_1"))
                .isEqualTo("jdbc:db2://h:50000/test:sslConnection=false;currentSchema=S_1;");
        assertThat(JdbcUrls.withSchema("h2", "jdbc:h2:mem:x", "s_1")).isEqualTo("jdbc:h2:mem:x;SCHEMA=S_1");
    }
}
