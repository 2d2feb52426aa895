package org.apimmigrate.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresStatementSplitterTest {

    private final PostgresStatementSplitter splitter = new PostgresStatementSplitter();

    private List<String> split(String script) {
        return splitter.split(script);
    }

    @Test
    void semicolonsEndStatementsWhichComeOutTrimmedWithoutTerminator() {
        assertThat(split("  SELECT 1 ;;\n\n SELECT 2\n;\nSELECT 3"))
                .containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void emptyAndCommentOnlyScriptsGiveNoStatement() {
        assertThat(split("")).isEmpty();
        assertThat(split(null)).isEmpty();
        assertThat(split("  ;\n -- nothing; here\n/* nor; here */ ;")).isEmpty();
    }

    @Test
    void semicolonsInsideStringsAndIdentifiersDoNotEndAStatement() {
        assertThat(split("INSERT INTO \"odd;name\" VALUES ('a;b', 'it''s; fine');SELECT 2"))
                .containsExactly("INSERT INTO \"odd;name\" VALUES ('a;b', 'it''s; fine')", "SELECT 2");
    }

    @Test
    void escapeStringsTakeBackslashEscapes() {
        assertThat(split("SELECT E'it\\'s; still the string';SELECT 'plain\\';SELECT 3"))
                .containsExactly("SELECT E'it\\'s; still the string'", "SELECT 'plain\\'", "SELECT 3");
    }

    @Test
    void commentsAroundAStatementAreDroppedAndCommentsInsideKept() {
        assertThat(split("-- header; with a semicolon\n/* and; here */ SELECT /* a; /* nested; */ b; */ 1; -- tail;\n"))
                .containsExactly("SELECT /* a; /* nested; */ b; */ 1");
    }

    @Test
    void dollarQuotedBodiesKeepTheirSemicolons() {
        String function = """
                CREATE FUNCTION f() RETURNS TRIGGER AS $$
                BEGIN
                    NEW.X = 'a;b';
                    RETURN NEW;
                END;
                $$ LANGUAGE plpgsql""";
        assertThat(split(function + ";\nSELECT 1;")).containsExactly(function, "SELECT 1");
    }

    @Test
    void taggedDollarBodiesMayHoldPlainDollarsAndSemicolons() {
        String block = "DO $body$ BEGIN EXECUTE $$SELECT ';'$$; PERFORM 1; END $body$";
        assertThat(split(block + ";SELECT 2")).containsExactly(block, "SELECT 2");
    }

    @Test
    void positionalParametersAndDollarsInNamesAreNotQuotes() {
        assertThat(split("PREPARE p AS SELECT $1;SELECT a$b FROM t;SELECT 3"))
                .containsExactly("PREPARE p AS SELECT $1", "SELECT a$b FROM t", "SELECT 3");
    }

    @Test
    void slashIsDivisionNotATerminator() {
        assertThat(split("SELECT 4 /\n2;\n/\n")).containsExactly("SELECT 4 /\n2", "/");
    }
}
