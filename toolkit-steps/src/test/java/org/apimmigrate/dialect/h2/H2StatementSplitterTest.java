package org.apimmigrate.dialect.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class H2StatementSplitterTest {

    private final H2StatementSplitter splitter = new H2StatementSplitter();

    private List<String> split(String script) {
        return splitter.split(script);
    }

    @Test
    void semicolonsEndStatementsOutsideStringsAndComments() {
        assertThat(split("INSERT INTO T VALUES ('a;b', \"c;d\"); -- e;\n// f;\n/* g; */ SELECT 2;"))
                .containsExactly("INSERT INTO T VALUES ('a;b', \"c;d\")", "SELECT 2");
    }

    @Test
    void urlsInStringsAreNotComments() {
        assertThat(split("INSERT INTO T VALUES ('http://host/x;y'); SELECT 2"))
                .containsExactly("INSERT INTO T VALUES ('http://host/x;y')", "SELECT 2");
    }

    @Test
    void dollarBodiesKeepTheirSemicolons() {
        String alias = "CREATE ALIAS NOW_MS AS $$ long now() { return System.currentTimeMillis(); } $$";
        assertThat(split(alias + ";\nCALL NOW_MS();")).containsExactly(alias, "CALL NOW_MS()");
    }
}
