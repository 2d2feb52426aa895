package org.apimmigrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Splits every script of the upgrade guide (the verbatim resources under {@code org/apimmigrate/guide}) with its
 * vendor's splitter. The expected statement counts were counted by hand from the guide; every statement must parse
 * with JSqlParser, except the ones listed here by number, each with the reason JSqlParser cannot read it.
 */
class GuideScriptSplittingTest {

    private static final ExecutorService PARSER_THREADS = Executors.newSingleThreadExecutor();

    /** One guide script on one vendor: how many statements it holds and which of them JSqlParser cannot read. */
    record GuideScript(String script, String vendor, int statements, Map<Integer, Unreadable> unreadable) {
        @Override
        public String toString() {
            return script + "/" + vendor;
        }
    }

    /** A statement JSqlParser cannot read: how it starts, and why it is still fine for its vendor. */
    record Unreadable(String startsWith, String why) {
    }

    private static final String NO_TRIGGER = "JSqlParser has no CREATE TRIGGER";

    static Stream<GuideScript> guideScripts() {
        return Stream.of(
                // four correlated UPDATEs, four DELETE ... IS NULL, four DELETE ... NOT IN, four UPDATEs of the name
                new GuideScript("registry-versioning-cleanup", "h2", 16, Map.of()),
                new GuideScript("registry-versioning-cleanup", "db2", 16, Map.of()),
                new GuideScript("registry-versioning-cleanup", "mssql", 16, Map.of()),
                new GuideScript("registry-versioning-cleanup", "mysql", 16, Map.of()),
                new GuideScript("registry-versioning-cleanup", "oracle", 17, Map.of()), // + COMMIT (then a lone /)
                new GuideScript("registry-versioning-cleanup", "postgresql", 16, Map.of()),
                // 4 ALTER, 3 CREATE, 3 client-cert ALTER, 3 REVISION_UUID, 3 DROP, 3 CREATE GW, catalog,
                // webhooks + sequence + trigger, unsubscription, service mapping, environment + sequence + trigger,
                // vhost, policy, 2 RENAME, 5 comment ALTER
                new GuideScript("am-db-upgrade", "db2", 37, Map.of(
                        18, new Unreadable("CREATE TABLE AM_GW_API_ARTIFACTS",
                                "JSqlParser has no DB2 GENERATED ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE"
                                        + " TIMESTAMP"),
                        23, new Unreadable("CREATE TRIGGER AM_WEBHOOKS_SUBSCRIPTION_TRIGGER", NO_TRIGGER),
                        28, new Unreadable("CREATE OR REPLACE TRIGGER AM_GATEWAY_ENVIRONMENT_TRIGGER", NO_TRIGGER))),
                // as DB2, but only 2 DROP (AM_GW_API_DEPLOYMENTS is not dropped)
                new GuideScript("am-db-upgrade", "oracle", 36, Map.of(
                        22, new Unreadable("CREATE OR REPLACE TRIGGER AM_WEBHOOKS_SUB_TRIGGER", NO_TRIGGER),
                        27, new Unreadable("CREATE OR REPLACE TRIGGER AM_GATEWAY_ENVIRONMENT_TRIGGER", NO_TRIGGER))),
                // 4 ALTER, 3 CREATE, 3 client-cert, 3 REVISION_UUID, 3 DROP, 3 CREATE GW, catalog, service mapping,
                // 2 webhooks, environment, vhost, policy, 8 comment ALTER (3 CHANGE + 5 ADD)
                new GuideScript("am-db-upgrade", "mysql", 34, Map.of()),
                // 4 ALTER, 3 DROP+CREATE pairs, 3 client-cert, 3 REVISION_UUID, 3 DROP, 3 CREATE GW, function,
                // trigger, DROP+CREATE catalog, DROP+CREATE sequence, DROP+CREATE webhooks, DROP+CREATE
                // unsubscription, DROP+CREATE service mapping, DROP+CREATE sequence, environment, vhost, policy,
                // 2 RENAME, 5 ALTER
                new GuideScript("am-db-upgrade", "postgresql", 46, Map.of(
                        24, new Unreadable("CREATE TRIGGER TIME_STAMP", NO_TRIGGER),
                        30, new Unreadable("CREATE TABLE IF NOT EXISTS AM_WEBHOOKS_SUBSCRIPTION",
                                "JSqlParser cannot read DEFAULT NEXTVAL('...') in a column definition"),
                        37, new Unreadable("CREATE TABLE IF NOT EXISTS AM_GATEWAY_ENVIRONMENT",
                                "JSqlParser cannot read DEFAULT NEXTVAL('...') in a column definition"))),
                // 4 ALTER, 3 IF-CREATE, the DECLARE/SET/EXEC batch, 2 client-cert, 3 REVISION_UUID, 3 DROP,
                // 3 IF-CREATE GW, catalog, 2 webhooks, service mapping, environment, vhost, policy, 2 sp_rename,
                // 5 ALTER
                new GuideScript("am-db-upgrade", "mssql", 33, Map.of(
                        8, new Unreadable("DECLARE @con_com as VARCHAR(8000);",
                                "JSqlParser reads neither DECLARE @x AS type nor EXEC('...' + @x)"))),
                new GuideScript("api-uuid-constraint", "db2", 1, Map.of()),
                new GuideScript("api-uuid-constraint", "mysql", 1, Map.of()),
                new GuideScript("api-uuid-constraint", "mssql", 1, Map.of()),
                new GuideScript("api-uuid-constraint", "postgresql", 1, Map.of()),
                new GuideScript("api-uuid-constraint", "oracle", 1, Map.of()),
                // CREATE keep table, INSERT ... SELECT, DELETE NOT IN, DROP keep table, DELETE REG_ACTION = 7
                new GuideScript("reg-index", "postgresql", 5, Map.of()),
                new GuideScript("reg-index", "mysql", 5, Map.of()),
                new GuideScript("reg-index", "mssql", 5, Map.of()),
                new GuideScript("reg-index", "oracle", 5, Map.of()),
                new GuideScript("reg-index", "db2", 5, Map.of()),
                new GuideScript("reg-index", "h2", 5, Map.of()));
    }

    @AfterAll
    static void stopParser() {
        PARSER_THREADS.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guideScripts")
    void splitsIntoTheHandCountedStatements(GuideScript g) {
        List<String> statements = split(g);

        assertThat(statements).hasSize(g.statements());
        assertThat(statements).allSatisfy(s -> {
            assertThat(s).isNotBlank().isEqualTo(s.strip()).doesNotStartWith("--");
            assertThat(s).doesNotEndWith("/").doesNotContainPattern("(?m)^\\s*/\\s*$");
            if (!s.endsWith("END;")) { // a PL/SQL unit keeps its END;, nothing else keeps a terminator
                assertThat(s).doesNotEndWith(";");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guideScripts")
    void everyStatementParsesExceptTheListedOnes(GuideScript g) {
        List<String> statements = split(g);
        Map<Integer, String> unreadable = new TreeMap<>();
        for (int i = 0; i < statements.size(); i++) {
            if (!jsqlParserReads(statements.get(i))) {
                unreadable.put(i + 1, statements.get(i));
            }
        }

        assertThat(unreadable.keySet()).as("statements JSqlParser cannot read").isEqualTo(new TreeMap<>(
                g.unreadable()).keySet());
        g.unreadable().forEach((n, known) -> assertThat(unreadable.get(n)).as("statement %d: %s", n, known.why())
                .startsWith(known.startsWith()));
    }

    /**
     * Statements the guide gets wrong on their vendor (ANCHORS-AND-KNOWN-PROBLEMS §3). They fail on the server, but
     * the splitter must still hand each one over whole, so the failure is the vendor's and says what is wrong.
     */
    @Test
    void statementsKnownToBeWrongOnTheirVendorStillComeOutWhole() {
        List<String> db2 = split("am-db-upgrade", "db2");
        // E1: Oracle trigger syntax in the DB2 tab; the ; after END ends it, the / after it is empty
        assertThat(db2.get(27)).startsWith("CREATE OR REPLACE TRIGGER AM_GATEWAY_ENVIRONMENT_TRIGGER")
                .contains("SELECT AM_GATEWAY_ENV_SEQ.nextval INTO :NEW.ID FROM dual;").endsWith("END");
        assertThat(db2.get(22)).startsWith("CREATE TRIGGER AM_WEBHOOKS_SUBSCRIPTION_TRIGGER").contains("BEGIN ATOMIC")
                .endsWith("END");
        // E2: Oracle VARCHAR2 in DB2
        assertThat(db2.subList(33, 36)).allSatisfy(s -> assertThat(s).contains("VARCHAR2"));
        // E3: IF [NOT] EXISTS, which older DB2 rejects
        assertThat(db2.subList(13, 16)).allSatisfy(s -> assertThat(s).startsWith("DROP TABLE IF EXISTS"));
        assertThat(db2.get(18)).startsWith("CREATE TABLE IF NOT EXISTS AM_GW_API_DEPLOYMENTS");
        // E4: the three terminator styles: "stmt /", ")/" and "/" on its own (indented) line
        assertThat(db2.get(0)).isEqualTo("ALTER TABLE AM_API ADD API_UUID VARCHAR(255)");
        assertThat(db2.get(5)).startsWith("CREATE TABLE AM_API_REVISION_METADATA").endsWith(")");
        assertThat(db2.get(17)).endsWith("ON DELETE NO ACTION ON UPDATE RESTRICT)");
        // E5: UNIQUE on nullable columns, SQL0542N on DB2
        assertThat(split("api-uuid-constraint", "db2"))
                .containsExactly("ALTER TABLE AM_API ADD CONSTRAINT API_UUID_CONSTRAINT UNIQUE(API_UUID)");

        List<String> oracle = split("am-db-upgrade", "oracle");
        // E7: plain DROP TABLE fails with ORA-00942 when the table is absent
        assertThat(oracle.subList(13, 15)).containsExactly("DROP TABLE AM_GW_API_ARTIFACTS",
                "DROP TABLE AM_GW_PUBLISHED_API_DETAILS");
        assertThat(oracle.get(21)).startsWith("CREATE OR REPLACE TRIGGER AM_WEBHOOKS_SUB_TRIGGER").endsWith("END;");
        // E8: only the registry tab commits
        assertThat(split("registry-versioning-cleanup", "oracle")).last().isEqualTo("COMMIT");
        assertThat(oracle).noneMatch(s -> s.equalsIgnoreCase("COMMIT"));

        List<String> postgres = split("am-db-upgrade", "postgresql");
        // E11: the $$ body comes out whole; E10: the AFTER UPDATE trigger that cannot change NEW
        assertThat(postgres.get(22)).startsWith("CREATE OR REPLACE FUNCTION update_modified_column()")
                .contains("NEW.TIME_STAMP= now();\n    RETURN NEW;\nEND;").endsWith("$$ language 'plpgsql'");
        assertThat(postgres.get(23)).startsWith("CREATE TRIGGER TIME_STAMP AFTER UPDATE");

        List<String> mssql = split("am-db-upgrade", "mssql");
        // E14: @con_com is declared, set and used with no GO: one batch, the next ALTER on its own
        assertThat(mssql.get(7)).startsWith("DECLARE @con_com as VARCHAR(8000);\nSET @con_com = (")
                .endsWith("drop CONSTRAINT ' + @con_com)");
        assertThat(mssql.get(8)).isEqualTo(
                "ALTER TABLE AM_API_CLIENT_CERTIFICATE ADD REVISION_UUID VARCHAR(255) NOT NULL DEFAULT 'Current API'");
    }

    @Test
    void regIndexIsOneScriptForEveryVendor() {
        String postgres = read("reg-index", "postgresql");
        for (String vendor : List.of("mysql", "mssql", "oracle", "db2", "h2")) {
            assertThat(read("reg-index", vendor)).as(vendor).isEqualTo(postgres);
        }
    }

    private static boolean jsqlParserReads(String statement) {
        try {
            List<Statement> parsed = CCJSqlParserUtil.parseStatements(statement, PARSER_THREADS, parser -> {
            });
            return !parsed.isEmpty() && parsed.stream().noneMatch(UnsupportedStatement.class::isInstance);
        } catch (JSQLParserException e) {
            return false;
        }
    }

    private static List<String> split(GuideScript g) {
        return split(g.script(), g.vendor());
    }

    private static List<String> split(String script, String vendor) {
        return Vendors.require(vendor).splitter().split(read(script, vendor));
    }

    private static String read(String script, String vendor) {
        String path = "/org/apimmigrate/guide/" + script + "/" + vendor + ".sql";
        try (InputStream in = GuideScriptSplittingTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
