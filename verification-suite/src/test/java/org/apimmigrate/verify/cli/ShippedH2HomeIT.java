package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.check.SchemaConformance;
import org.apimmigrate.schema.plan.ComparableApimDb;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.fixtures.data.DataGenerator;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.verify.engine.Engines;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A default API-M install on H2, as WSO2 ships it: a 4.0.0 home whose deployment.toml keeps the default H2 URLs
 * ({@code jdbc:h2:./repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE}, relative to the home),
 * the H2 1.4.199 jar in repository/components/plugins, and in repository/database a 3.2.0 WSO2AM_DB and
 * WSO2SHARED_DB written by H2 1.4.199 from the H2 facts. The real jar runs from another folder, so a path taken
 * relative to the working folder would miss the files. Every command passes with the home's own URLs, a kill -9
 * inside the schema upgrade resumes (also past the copy table H2 leaves of an ALTER TABLE it interrupts), the files stay in H2 1.4's format and open in 1.4.199 with the schema of a
 * fresh 4.0.0, and a missing file is named and never created.
 */
class ShippedH2HomeIT {

    private static final String USER = "wso2carbon";
    private static final String PASSWORD = "wso2carbon";
    private static final String TOML = """
            [server]
            hostname = "localhost"

            [database.apim_db]
            type = "h2"
            url = "jdbc:h2:./repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE"
            username = "wso2carbon"
            password = "wso2carbon"

            [database.shared_db]
            type = "h2"
            url = "jdbc:h2:./repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE"
            username = "wso2carbon"
            password = "wso2carbon"
            """;

    private final Vendor h2 = Vendors.require("h2");

    @TempDir
    Path tmp;

    private Path home;
    private Path database;
    private Path registryXml;
    private Path elsewhere;

    @BeforeEach
    void shippedHome() throws IOException, URISyntaxException {
        assumeTrue(Engines.selectedVendors().contains("h2"), "h2 is not among -Dapim.vendors");
        assertThat(org.h2.engine.Constants.getVersion()).as("the H2 API-M ships").isEqualTo("1.4.199");
        home = tmp.resolve("wso2am-4.0.0");
        database = Files.createDirectories(home.resolve("repository/database"));
        Files.createDirectories(home.resolve("repository/conf"));
        Files.writeString(home.resolve("repository/conf/deployment.toml"), TOML);
        Path plugins = Files.createDirectories(home.resolve("repository/components/plugins"));
        Files.createDirectories(home.resolve("repository/components/lib"));
        Path h2Jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(h2Jar, plugins.resolve("h2-engine_1.4.199.wso2v1.jar"));
        Path oldConf = Files.createDirectories(tmp.resolve("wso2am-3.2.0/repository/conf"));
        registryXml = oldConf.resolve("registry.xml");
        Files.writeString(registryXml, ApimHome.registryXml(true));
        elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    }

    @Test
    void preflightAgainstAMissingFileNamesItAndCreatesNothing() throws IOException {
        RunnerProcess.Result preflight = run("preflight", "--registry-xml", registryXml.toString());

        assertThat(preflight.exitCode()).as(preflight.describe()).isNotZero();
        assertThat(preflight.stdout() + preflight.stderr())
                .contains(database.resolve("WSO2AM_DB.mv.db").toString(), "does not exist", "nothing was created");
        assertThat(filesUnder(home.resolve("repository/database"))).isEmpty();
        assertThat(filesUnder(elsewhere)).as("nothing made in the working folder either").isEmpty();
    }

    @Test
    void aFileWrittenByAnotherH2FormatIsNamedAndLeftAsItIs() throws IOException, SQLException {
        writeDatabases();
        Path am = database.resolve("WSO2AM_DB.mv.db");
        // an MVStore header of format 3 (H2 2.x), as H2 2.x writes it; 1.4.199 would call the file corrupted
        byte[] bytes = Files.readAllBytes(am);
        String header = new String(bytes, 0, 200, StandardCharsets.ISO_8859_1);
        byte[] changed = header.replace("format:1", "format:3").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(changed, 0, bytes, 0, changed.length);
        Files.write(am, bytes);

        RunnerProcess.Result preflight = run("preflight", "--registry-xml", registryXml.toString());

        assertThat(preflight.exitCode()).as(preflight.describe()).isNotZero();
        assertThat(preflight.stdout() + preflight.stderr()).contains(am.toString(), "file format 3", "H2 2.x",
                "H2 1.4.199");
        assertThat(Files.readAllBytes(am)).isEqualTo(bytes);
    }

    @Test
    void everyCommandPassesWithTheShippedUrlsAndTheFilesStayH2OneFour() throws IOException, SQLException,
            InterruptedException {
        writeDatabases();

        RunnerProcess.Result preflight = run("preflight", "--registry-xml", registryXml.toString());
        assertThat(preflight.exitCode()).as(preflight.describe()).isZero();
        assertThat(preflight.stdout()).contains("schema:     3.2.0", "Ready: nothing blocks phase pre-client");

        // a kill -9 at three points of the WSO2AM_DB schema upgrade, each run resuming what the last one left
        for (int haltAt : new int[] {1, 7, 19}) {
            try (RunnerProcess.Running halted = RunnerProcess.of(args("migrate", "--phase", "pre-client",
                            "--registry-xml", registryXml.toString()))
                    .in(elsewhere)
                    .jvmOption("-Dapim.migrate.haltBefore=am-db-schema-upgrade:" + haltAt).start()) {
                halted.awaitLine(line -> line.startsWith("halted before statement "), RunnerProcess.DEFAULT_TIMEOUT);
                // H2 1.4 writes what a run committed to its file only after its write delay (500 ms): the kill
                // waits it out, so the next run finds the step this one left RUNNING whatever the machine's load
                Thread.sleep(1500);
                halted.kill();
                RunnerProcess.Result killed = halted.await(Duration.ofSeconds(60));
                assertThat(killed.killed()).as(killed.describe()).isTrue();
            }
        }
        // what H2 1.4.199 leaves when the kill falls inside an ALTER TABLE AM_API, or within its write delay after
        // it: its copy of the table beside the intact original
        withAm(h -> h.execute("CREATE TABLE AM_API_COPY_9_9 AS SELECT * FROM AM_API"));
        RunnerProcess.Result resumable = run("preflight", "--registry-xml", registryXml.toString());
        assertThat(resumable.exitCode()).as(resumable.describe()).isZero();
        assertThat(resumable.stdout()).contains("[INTERRUPTED_STATEMENT_LEFT_OVER]", "AM_API_COPY_9_9: H2's copy")
                .doesNotContainPattern("yours, left as it is[^\\n]*AM_API_COPY_9_9");
        RunnerProcess.Result pre = run("migrate", "--phase", "pre-client", "--registry-xml", registryXml.toString());
        assertThat(pre.exitCode()).as(pre.describe()).isZero();
        assertThat(pre.stdout()).contains("resumed after an earlier run left it RUNNING", "Phase pre-client: done",
                "put right: AM_API_COPY_9_9: H2's copy of AM_API");

        withAm(h -> h.execute("DROP TABLE AM_LABEL_URLS"));
        withAm(h -> h.execute("DROP TABLE AM_LABELS"));
        RunnerProcess.Result repair = run("repair-api-uuid");
        assertThat(repair.exitCode()).as(repair.describe()).isZero();
        assertThat(repair.stdout()).containsPattern("Set [1-9]\\d* API_UUID\\(s\\) from the registry");

        RunnerProcess.Result post = run("migrate", "--phase", "post-client");
        assertThat(post.exitCode()).as(post.describe()).isZero();
        assertThat(post.stdout()).contains("Phase post-client: done");

        RunnerProcess.Result verify = run("verify");
        assertThat(verify.exitCode()).as(verify.describe()).isZero();
        assertThat(verify.stdout()).contains("[PASS] apim_db: WSO2AM_DB schema equals");

        for (String file : List.of("WSO2AM_DB.mv.db", "WSO2SHARED_DB.mv.db")) {
            assertThat(firstLine(database.resolve(file))).as(file + " keeps H2 1.4's file format")
                    .startsWith("H:2,").contains(",format:1,");
        }
        Snapshot am = snapshot("WSO2AM_DB");
        assertThat(ComparableApimDb.of(am, h2).diff(ComparableApimDb.of(
                KnownSchema.AM_400.expectedSnapshot(h2), h2)).describe()).as("opened in H2 1.4.199").isEmpty();
        Snapshot shared = snapshot("WSO2SHARED_DB");
        assertThat(SchemaConformance.registryPart(shared).diff(SchemaConformance.registryPart(
                KnownSchema.SHARED_400.expectedSnapshot(h2))).describe()).isEmpty();
        assertThat(filesUnder(elsewhere)).as("nothing made in the working folder").isEmpty();
    }

    private void writeDatabases() throws SQLException {
        try (Connection am = open("WSO2AM_DB", false); Connection shared = open("WSO2SHARED_DB", false);
             Handle a = Jdbi.open(am); Handle s = Jdbi.open(shared)) {
            FixtureSchemas.load(a, KnownSchema.AM_320, h2);
            FixtureSchemas.load(s, KnownSchema.SHARED_320, h2);
            DataGenerator.generate(a, s, GeneratorSettings.tiny());
        }
    }

    private Snapshot snapshot(String name) {
        try (Connection c = open(name, true); Handle h = Jdbi.open(c)) {
            return h2.catalog().snapshot(h);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void withAm(java.util.function.Consumer<Handle> work) {
        try (Connection c = open("WSO2AM_DB", true); Handle h = Jdbi.open(c)) {
            work.accept(h);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test's own connection, by absolute path (the runner is not running then). */
    private Connection open(String name, boolean mustExist) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + database.resolve(name).toAbsolutePath()
                + (mustExist ? ";IFEXISTS=TRUE" : ""), USER, PASSWORD);
    }

    private RunnerProcess.Result run(String... args) {
        return RunnerProcess.of(args(args)).in(elsewhere)
                .env(Map.of("APIM_MIGRATE_APIM_DB_PASSWORD", PASSWORD, "APIM_MIGRATE_SHARED_DB_PASSWORD", PASSWORD))
                .run();
    }

    private List<String> args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--apim-home");
        all.add(home.toString());
        return all;
    }

    private static String firstLine(Path file) throws IOException {
        byte[] head = new byte[200];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return new String(head, 0, n, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
