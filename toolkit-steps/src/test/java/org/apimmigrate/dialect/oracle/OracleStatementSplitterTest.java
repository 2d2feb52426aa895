package org.apimmigrate.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OracleStatementSplitterTest {

    private final OracleStatementSplitter splitter = new OracleStatementSplitter();

    private List<String> split(String script) {
        return splitter.split(script);
    }

    @Test
    void plainStatementsEndWithSemicolonOrSlashOnItsOwnLine() {
        assertThat(split("SELECT 1 FROM dual;\nSELECT 2 FROM dual\n/\n  /  \nSELECT 3 FROM dual"))
                .containsExactly("SELECT 1 FROM dual", "SELECT 2 FROM dual", "SELECT 3 FROM dual");
    }

    @Test
    void commitFollowedBySlashIsOneStatement() {
        assertThat(split("DELETE FROM t\n/\nCOMMIT;\n/\n")).containsExactly("DELETE FROM t", "COMMIT");
    }

    @Test
    void slashesInsideUrlsDivisionsAndLineEndsStay() {
        assertThat(split("INSERT INTO t VALUES ('http://host/a/b/');\n"
                + "SELECT 10 / 2 FROM dual\n/\nSELECT 10 /\n2 FROM dual;"))
                .containsExactly("INSERT INTO t VALUES ('http://host/a/b/')", "SELECT 10 / 2 FROM dual",
                        "SELECT 10 /\n2 FROM dual");
    }

    @Test
    void triggerKeepsItsBodyAndFinalEndSemicolon() {
        String trigger = """
                CREATE OR REPLACE TRIGGER T_TRG
                    BEFORE INSERT ON T
                    REFERENCING NEW AS NEW
                    FOR EACH ROW
                    BEGIN
                        SELECT T_SEQ.nextval INTO :NEW.ID FROM dual;
                    END;""";
        assertThat(split(trigger + "\n/\nSELECT 1 FROM dual;")).containsExactly(trigger, "SELECT 1 FROM dual");
    }

    @Test
    void declareBlockWithNestedIfAndDynamicSql() {
        String block = """
                DECLARE
                    n NUMBER;
                BEGIN
                    SELECT COUNT(*) INTO n FROM user_tables WHERE table_name = 'X';
                    IF n = 0 THEN
                        EXECUTE IMMEDIATE 'CREATE TABLE X (A INT)';
                    END IF;
                END;""";
        assertThat(split(block + "\n/\nSELECT 1 FROM dual;")).containsExactly(block, "SELECT 1 FROM dual");
    }

    @Test
    void anonymousBlocksNestAndTheLastOneNeedsNoSlash() {
        String nested = "BEGIN\n  BEGIN\n    NULL;\n  END;\n  NULL;\nEND;";
        String last = "begin\n  null;\nend;";
        assertThat(split(nested + "\n/\n" + last)).containsExactly(nested, last);
    }

    @Test
    void endSemicolonAndSlashLinesInsideStringsDoNotEndABlock() {
        String block = "BEGIN\n  INSERT INTO t VALUES ('END;\n/\n');\n  INSERT INTO t VALUES (q'[it's; END;]');\nEND;";
        assertThat(split(block + "\n/\n")).containsExactly(block);
    }

    @Test
    void packageBodyWithSeveralProceduresIsOneUnit() {
        String body = """
                CREATE OR REPLACE PACKAGE BODY pkg AS
                  PROCEDURE a IS BEGIN NULL; END a;
                  FUNCTION b RETURN NUMBER IS BEGIN RETURN 1; END b;
                END pkg;""";
        assertThat(split(body + "\n/\nCREATE TABLE z (a INT);")).containsExactly(body, "CREATE TABLE z (a INT)");
    }

    @Test
    void alternativeQuotingHidesSemicolonsInPlainStatements() {
        assertThat(split("SELECT q'{a; b}' FROM dual; SELECT 2 FROM dual;"))
                .containsExactly("SELECT q'{a; b}' FROM dual", "SELECT 2 FROM dual");
    }
}
