package org.apimmigrate.dialect.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlainSqlTest {

    /** What reached JDBI's own parser. */
    private final List<String> lexed = new ArrayList<>();
    private Jdbi jdbi;

    @BeforeEach
    void setUp() {
        jdbi = Jdbi.create("jdbc:h2:mem:plain-sql-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbi.configure(SqlStatements.class, s -> {
            SqlParser own = s.getSqlParser();
            s.setSqlParser(new SqlParser() {
                @Override
                public ParsedSql parse(String sql, StatementContext ctx) {
                    lexed.add(sql);
                    return own.parse(sql, ctx);
                }

                @Override
                public String nameParameter(String rawName, StatementContext ctx) {
                    return own.nameParameter(rawName, ctx);
                }
            });
        });
        PlainSql.setUp(jdbi);
        jdbi.useHandle(h -> {
            h.execute("CREATE TABLE T (ID INT PRIMARY KEY, NAME VARCHAR(20))");
            h.execute("INSERT INTO T VALUES (1, 'a'), (2, 'it''s'), (3, NULL)");
        });
        lexed.clear();
    }

    @Test
    void aStatementWithNothingToReplaceReachesTheDriverAsWritten() {
        String sql = "SELECT COUNT(*) FROM T WHERE NAME <> 'x' -- rows with a name\n /* and a comment */";
        long rows = jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());

        assertThat(rows).isEqualTo(2);
        assertThat(lexed).isEmpty();
    }

    @Test
    void parametersAndEscapesStillGoThroughJdbi() {
        try (Handle h = jdbi.open()) {
            assertThat(h.createQuery("SELECT NAME FROM T WHERE ID = :id").bind("id", 2).mapTo(String.class).one())
                    .isEqualTo("it's");
            assertThat(h.createQuery("SELECT NAME FROM T WHERE ID = ?").bind(0, 1).mapTo(String.class).one())
                    .isEqualTo("a");
            // a colon in a literal is JDBI's to tell from a parameter
            assertThat(h.createQuery("SELECT 'at 12:30' FROM T WHERE ID = 1").mapTo(String.class).one())
                    .isEqualTo("at 12:30");
        }
        assertThat(lexed).hasSize(3);
    }

    @Test
    void templateAttributesStillRender() {
        long rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM <table> WHERE ID < 3").define("table", "T")
                .mapTo(Long.class).one());

        assertThat(rows).isEqualTo(2);
    }
}
