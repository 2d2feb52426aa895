package org.apimmigrate.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlStatementSplitterTest {

    private final MySqlStatementSplitter splitter = new MySqlStatementSplitter();

    private List<String> split(String script) {
        return splitter.split(script);
    }

    @Test
    void semicolonsEndStatements() {
        assertThat(split("SELECT 1; SELECT 2 ;\n\n;SELECT 3")).containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void backslashEscapesKeepQuotesOpen() {
        assertThat(split("INSERT INTO t VALUES ('it\\'s; one', \"say \\\"x;\\\"\");SELECT 2"))
                .containsExactly("INSERT INTO t VALUES ('it\\'s; one', \"say \\\"x;\\\"\")", "SELECT 2");
    }

    @Test
    void backticksQuoteNames() {
        assertThat(split("SELECT `a;b`, `c``;d` FROM t;SELECT 2")).containsExactly("SELECT `a;b`, `c``;d` FROM t",
                "SELECT 2");
    }

    @Test
    void hashAndDashSpaceStartComments() {
        assertThat(split("# header; comment\nSELECT 1 # trailing; comment\n;-- note; here\nSELECT 2;"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void doubleDashWithoutBlankIsArithmetic() {
        assertThat(split("SELECT 5--1;SELECT 2")).containsExactly("SELECT 5--1", "SELECT 2");
    }

    @Test
    void executableCommentsAreStatements() {
        assertThat(split("/*!40101 SET NAMES utf8 */;\n/* plain; comment */\nSELECT 1;"))
                .containsExactly("/*!40101 SET NAMES utf8 */", "SELECT 1");
    }

    @Test
    void delimiterDirectiveKeepsRoutineBodiesWhole() {
        String procedure = "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 'END;';\nEND";
        String script = "SELECT 0;\nDELIMITER //\n" + procedure + "//\nDELIMITER ;\nSELECT 3;\n";
        assertThat(split(script)).containsExactly("SELECT 0", procedure, "SELECT 3");
    }

    @Test
    void delimiterMayBeGluedToTheLastWord() {
        String trigger = "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END";
        assertThat(split("delimiter $$\n" + trigger + "$$\ndelimiter ;\nSELECT 1"))
                .containsExactly(trigger, "SELECT 1");
    }
}
