package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What production hosts get: {@code apim-migrate.jar} holds the product and its drivers, but no database server
 * binaries (a security scanner would flag them), no data generators and none of the guide's verbatim SQL, which the
 * toolkit never runs. The demo jar carries what the demo needs.
 */
class ProductJarIT {

    @Test
    void productJarHoldsOnlyTheProduct() throws IOException {
        List<String> entries = entries(RunnerProcess.jar().toString());

        assertThat(entries).as("database server binaries")
                .noneMatch(name -> name.endsWith(".txz") || name.startsWith("io/zonky/"));
        assertThat(entries).as("the guide's verbatim SQL").noneMatch(name -> name.startsWith("org/apimmigrate/guide/"));
        assertThat(entries).as("data generators and the demo").noneMatch(name ->
                name.startsWith("org/apimmigrate/fixtures/") || name.startsWith("org/apimmigrate/runner/demo/"));
        assertThat(entries).as("the product itself and every bundled driver").contains(
                "org/apimmigrate/runner/cli/Main.class", "org/apimmigrate/run/Migrator.class",
                "org/postgresql/Driver.class", "org/mariadb/jdbc/Driver.class", "com/mysql/cj/jdbc/Driver.class",
                "com/microsoft/sqlserver/jdbc/SQLServerDriver.class", "oracle/jdbc/OracleDriver.class",
                "com/ibm/db2/jcc/DB2Driver.class", "org/h2/Driver.class");
    }

    @Test
    void demoJarAddsTheDemoAndItsEmbeddedServer() throws IOException {
        List<String> entries = entries(RunnerProcess.demoJar().toString());

        assertThat(entries).contains("org/apimmigrate/runner/demo/DemoMain.class", "postgres-linux-x86_64.txz");
        assertThat(entries).as("still no guide SQL").noneMatch(name -> name.startsWith("org/apimmigrate/guide/"));
    }

    @Test
    void productJarStartsWithoutTheDemo() {
        RunnerProcess.Result help = RunnerProcess.of("--help").run();

        assertThat(help.exitCode()).as(help.describe()).isZero();
        assertThat(help.stdout()).contains("preflight", "migrate", "verify").doesNotContain("demo");
    }

    private static List<String> entries(String jar) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }
}
