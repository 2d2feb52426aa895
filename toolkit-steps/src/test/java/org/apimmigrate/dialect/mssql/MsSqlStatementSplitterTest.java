package org.apimmigrate.dialect.mssql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MsSqlStatementSplitterTest {

    private final MsSqlStatementSplitter splitter = new MsSqlStatementSplitter();

    private List<String> split(String script) {
        return splitter.split(script);
    }

    @Test
    void goAloneOnALineEndsABatch() {
        assertThat(split("CREATE TABLE a (x INT)\nGO\nINSERT INTO a VALUES (1)\n  go  \nSELECT 1\nGO"))
                .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)", "SELECT 1");
    }

    @Test
    void goInsideWordsStringsOrLinesIsNotABatchEnd() {
        String inString = "SELECT 'line\nGO\nline'";
        assertThat(split("SELECT GOAL FROM t GO\n" + inString + ";"))
                .containsExactly("SELECT GOAL FROM t GO\n" + inString);
    }

    @Test
    void semicolonsInsideStringsBracketsAndCommentsDoNotEndAStatement() {
        assertThat(split("SELECT [a;b], N'c;d' /* e; */ FROM t -- f;\n;SELECT 2"))
                .containsExactly("SELECT [a;b], N'c;d' /* e; */ FROM t", "SELECT 2");
    }

    @Test
    void ifBeginEndStaysWhole() {
        String block = """
                IF NOT EXISTS (SELECT 1 FROM sys.objects WHERE name = 'T')
                BEGIN
                    CREATE TABLE T (ID INT);
                    INSERT INTO T VALUES (1);
                END""";
        assertThat(split(block + ";\nSELECT 1;")).containsExactly(block, "SELECT 1");
    }

    @Test
    void nestedBlocksCaseAndEndInsideStrings() {
        String block = "BEGIN SELECT CASE WHEN 1 = 1 THEN 'END;' END; IF 1 = 1 BEGIN PRINT 'x'; END END";
        assertThat(split(block + "; SELECT 2;")).containsExactly(block, "SELECT 2");
    }

    @Test
    void endFollowedByIfStartsANewIf() {
        String both = "IF 1 = 1 BEGIN PRINT 'a'; END IF 2 = 2 BEGIN PRINT 'b'; END";
        assertThat(split(both + "; SELECT 3;")).containsExactly(both, "SELECT 3");
    }

    @Test
    void tryCatchBlocksStayWhole() {
        String tryCatch = "BEGIN TRY SELECT 1/0; END TRY BEGIN CATCH SELECT ERROR_MESSAGE(); END CATCH";
        assertThat(split(tryCatch + "; SELECT 2;")).containsExactly(tryCatch, "SELECT 2");
    }

    @Test
    void beginTransactionOpensNoBlock() {
        assertThat(split("BEGIN TRANSACTION; UPDATE t SET x = 1; COMMIT;"))
                .containsExactly("BEGIN TRANSACTION", "UPDATE t SET x = 1", "COMMIT");
    }

    @Test
    void declaredVariableKeepsItsStatementsInOneBatchUpToItsLastUse() {
        String batch = """
                DECLARE @con_com as VARCHAR(8000);
                SET @con_com = (SELECT name from sys.objects where parent_object_id=object_id('T') AND type='PK');
                EXEC('ALTER TABLE T
                drop CONSTRAINT ' + @con_com)""";
        assertThat(split(batch + ";\nALTER TABLE T ADD PRIMARY KEY (A);\nSELECT 1;"))
                .containsExactly(batch, "ALTER TABLE T ADD PRIMARY KEY (A)", "SELECT 1");
    }

    @Test
    void statementsBetweenADeclarationAndItsLastUseStayInTheBatch() {
        assertThat(split("DECLARE @a INT; SET @a = 1; PRINT 'x'; SELECT @a; SELECT 2;"))
                .containsExactly("DECLARE @a INT; SET @a = 1; PRINT 'x'; SELECT @a", "SELECT 2");
    }

    @Test
    void aVariableBatchEndsAtGo() {
        assertThat(split("DECLARE @a INT;\nGO\nSELECT @a;")).containsExactly("DECLARE @a INT", "SELECT @a");
    }

    @Test
    void globalVariablesAreNotDeclaredOnes() {
        assertThat(split("DECLARE @n INT; SET @n = @@ROWCOUNT; SELECT @@ROWCOUNT; SELECT 1;"))
                .containsExactly("DECLARE @n INT; SET @n = @@ROWCOUNT", "SELECT @@ROWCOUNT", "SELECT 1");
    }
}
