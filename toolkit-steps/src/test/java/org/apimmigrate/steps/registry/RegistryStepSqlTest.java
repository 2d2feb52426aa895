package org.apimmigrate.steps.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.registry.AssociationTables;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry steps' SQL of every vendor, filled for every association table: each statement is one statement to
 * its vendor's splitter (no stray terminator, nothing cut off) and parses with JSqlParser, except the ones listed with
 * the reason JSqlParser cannot read them; and the sections a rebuild relies on are there and in a resumable order.
 * On MSSQL, Oracle and DB2 (no engine here) this is what checks them.
 */
class RegistryStepSqlTest {

    private static final ExecutorService PARSER_THREADS = Executors.newSingleThreadExecutor();

    /** Statements JSqlParser cannot read, by how they start, with the reason they are still right for the vendor. */
    private static final Map<String, String> UNREADABLE = Map.of(
            "DO $$", "JSqlParser has no PL/pgSQL DO blocks",
            "PREPARE apim_migrate_stmt", "JSqlParser has no MySQL PREPARE",
            "INSERT INTO REG_RESOURCE_PROPERTY WITH (TABLOCK)", "JSqlParser has no T-SQL table hints on INSERT",
            "INSERT INTO REG_RESOURCE_TAG WITH (TABLOCK)", "JSqlParser has no T-SQL table hints on INSERT",
            "INSERT INTO REG_RESOURCE_COMMENT WITH (TABLOCK)", "JSqlParser has no T-SQL table hints on INSERT",
            "INSERT INTO REG_RESOURCE_RATING WITH (TABLOCK)", "JSqlParser has no T-SQL table hints on INSERT");

    record Resource(String step, String vendor) {
        @Override
        public String toString() {
            return step + "/" + vendor;
        }

        String path() {
            return "org/apimmigrate/steps/" + step + "/" + vendor + ".sql";
        }
    }

    static Stream<Resource> resources() {
        List<Resource> out = new ArrayList<>();
        for (String vendor : List.of("postgresql", "mysql", "h2", "mssql", "oracle", "db2")) {
            out.add(new Resource(RegistryVersioningCleanupStep.ID, vendor));
            out.add(new Resource(RegistryLogReindexStep.ID, vendor));
        }
        return out.stream();
    }

    @AfterAll
    static void stopParser() {
        PARSER_THREADS.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void everyStatementIsOneStatementToItsVendorAndParses(Resource r) {
        Vendor vendor = Vendors.require(r.vendor());
        List<String> statements = statements(r);
        assertThat(statements).isNotEmpty();
        for (String sql : statements) {
            assertThat(vendor.splitter().split(sql)).as("split by %s", vendor.id()).containsExactly(sql.strip());
            assertThat(sql).doesNotContain("${");
            String unreadable = UNREADABLE.keySet().stream().filter(sql::startsWith).findFirst().orElse(null);
            assertThat(jsqlParserReads(sql)).as("JSqlParser reads:%n%s", sql).isEqualTo(unreadable == null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aRebuildSealsLastAndDropsTheSealFirst(Resource r) {
        SqlSections sql = SqlSections.read(r.path());
        assertThat(sql.find("inPlace").isPresent() || sql.find("build").isPresent()).isTrue();
        if (r.step().equals(RegistryVersioningCleanupStep.ID)) {
            assertThat(sql.find("inPlace")).as("every vendor can clean in place").isPresent();
        }
        if (sql.find("build").isEmpty()) {
            assertThat(sql.find("swap")).isEmpty();
            return;
        }
        List<String> build = sql.require("build");
        List<String> swap = sql.require("swap");
        if (!Vendors.require(r.vendor()).capabilities().transactionalDdl()) {
            // where DDL commits on its own, the seal (${keep}_A) appears only in the last build statement, so a table
            // named ${keep}_A always means complete copies
            assertThat(build.subList(0, build.size() - 1)).noneMatch(s -> s.contains("${keep}_A"));
            assertThat(build.get(build.size() - 1)).contains("${keep}_A");
        }
        // the swap drops the seal before any other copy, and ends dropping copies
        List<String> drops = swap.stream().filter(s -> s.startsWith("DROP TABLE")).toList();
        assertThat(drops).isNotEmpty();
        assertThat(drops.get(0)).contains("${keep}_A");
        assertThat(swap.get(swap.size() - 1)).startsWith("DROP TABLE");
    }

    private static List<String> statements(Resource r) {
        SqlSections sql = SqlSections.read(r.path());
        List<String> out = new ArrayList<>();
        for (String section : List.of("prepare", "build", "swap", "inPlace", "finish")) {
            for (String template : sql.find(section).orElse(List.of())) {
                if (r.step().equals(RegistryLogReindexStep.ID)) {
                    out.add(SqlResource.fill(template, Map.of("keep", "APIM_MIGRATE_LOG_KEEP",
                            "build", "APIM_MIGRATE_LOG_BUILD")));
                } else {
                    AssociationTables.ALL.forEach(t -> out.add(SqlResource.fill(template, t.slots())));
                }
            }
        }
        return out;
    }

    private static boolean jsqlParserReads(String statement) {
        try {
            List<Statement> parsed = CCJSqlParserUtil.parseStatements(statement, PARSER_THREADS, parser -> {
            });
            return !parsed.isEmpty() && parsed.stream().noneMatch(UnsupportedStatement.class::isInstance);
        } catch (Exception e) {
            return false;
        }
    }
}
