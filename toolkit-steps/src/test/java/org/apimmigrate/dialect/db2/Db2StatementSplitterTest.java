package org.apimmigrate.dialect.db2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Db2StatementSplitterTest {

    private final Db2StatementSplitter splitter = new Db2StatementSplitter();

    private List<String> split(String script) {
        return splitter.split(script);
    }

    @Test
    void theThreeSlashStylesOfTheGuideAllEndAStatement() {
        String script = "ALTER TABLE A ADD X INT /\nCREATE TABLE B (\n  X INT\n)/\nDROP TABLE C\n   /\nDROP TABLE D;";
        assertThat(split(script)).containsExactly("ALTER TABLE A ADD X INT", "CREATE TABLE B (\n  X INT\n)",
                "DROP TABLE C", "DROP TABLE D");
    }

    @Test
    void slashesInsideStringsAndMidLineDivisionsStay() {
        assertThat(split("INSERT INTO T VALUES ('http://host/\n/', 'a;b');\nSELECT A / 2 FROM T /\n"))
                .containsExactly("INSERT INTO T VALUES ('http://host/\n/', 'a;b')", "SELECT A / 2 FROM T");
    }

    @Test
    void beginAtomicTriggerBodyKeepsItsSemicolons() {
        String trigger = """
                CREATE TRIGGER T_TRG NO CASCADE BEFORE INSERT ON T
                REFERENCING NEW AS NEW FOR EACH ROW MODE DB2SQL
                BEGIN ATOMIC
                    SET (NEW.ID) = (NEXTVAL FOR T_SEQ);
                    SET NEW.NOTE = 'END;';
                END""";
        assertThat(split(trigger + "\n/\nINSERT INTO T (A) VALUES (1);")).containsExactly(trigger,
                "INSERT INTO T (A) VALUES (1)");
        assertThat(split(trigger + ";\nSELECT 1 FROM SYSIBM.SYSDUMMY1;")).containsExactly(trigger,
                "SELECT 1 FROM SYSIBM.SYSDUMMY1");
    }

    @Test
    void sqlPlLoopEndsDoNotCloseTheBlock() {
        String procedure = """
                CREATE PROCEDURE P()
                BEGIN
                    DECLARE I INT DEFAULT 0;
                    IF I = 0 THEN SET I = 1; END IF;
                    WHILE I < 3 DO SET I = I + 1; END WHILE;
                    CASE I WHEN 3 THEN SET I = 4; ELSE SET I = 5; END CASE;
                    BEGIN
                        SET I = CASE WHEN I > 4 THEN 1 ELSE 2 END;
                    END;
                END""";
        assertThat(split(procedure + ";\nSELECT 1 FROM SYSIBM.SYSDUMMY1;")).containsExactly(procedure,
                "SELECT 1 FROM SYSIBM.SYSDUMMY1");
    }

    @Test
    void slashAtTheEndOfALineInsideABlockIsDivision() {
        String trigger = "CREATE TRIGGER T2 AFTER INSERT ON T FOR EACH ROW\n"
                + "BEGIN ATOMIC\n  UPDATE S SET V = V /\n 2;\nEND";
        assertThat(split(trigger + "\n/")).containsExactly(trigger);
    }

    @Test
    void setTerminatorDirectiveChangesTheTerminator() {
        String procedure = "CREATE PROCEDURE P() BEGIN DECLARE X INT; SET X = 10 /\n2; END";
        String script = "--#SET TERMINATOR @\n" + procedure + "@\nSELECT 1 FROM T@\n"
                + "--#SET TERMINATOR ;\nSELECT 2 FROM T;";
        assertThat(split(script)).containsExactly(procedure, "SELECT 1 FROM T", "SELECT 2 FROM T");
    }

    @Test
    void oracleSyntaxTriggerInADb2ScriptStillComesOutWhole() {
        // ANCHORS E1: the guide's DB2 tab has this Oracle trigger; DB2 rejects it, but it must reach DB2 whole
        String trigger = """
                CREATE OR REPLACE TRIGGER AM_GATEWAY_ENVIRONMENT_TRIGGER
                            BEFORE INSERT
                            ON AM_GATEWAY_ENVIRONMENT
                            REFERENCING NEW AS NEW
                            FOR EACH ROW
                            BEGIN
                                SELECT AM_GATEWAY_ENV_SEQ.nextval INTO :NEW.ID FROM dual;
                            END""";
        assertThat(split(trigger + ";\n/\nSELECT 1 FROM T /")).containsExactly(trigger, "SELECT 1 FROM T");
    }
}
