package org.apimmigrate.runner.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Datasource;
import org.apimmigrate.runner.config.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A driver jar copied into repository/components/lib serves the URLs the bundled drivers do not. */
class DriverLoaderTest {

    @TempDir
    Path dir;

    private static final String DRIVER = """
            package acme;
            public class AcmeDriver implements java.sql.Driver {
                public java.sql.Connection connect(String url, java.util.Properties info) { return null; }
                public boolean acceptsURL(String url) { return url.startsWith("jdbc:acme:"); }
                public java.sql.DriverPropertyInfo[] getPropertyInfo(String url, java.util.Properties info) {
                    return new java.sql.DriverPropertyInfo[0];
                }
                public int getMajorVersion() { return 1; }
                public int getMinorVersion() { return 0; }
                public boolean jdbcCompliant() { return false; }
                public java.util.logging.Logger getParentLogger() { return null; }
            }
            """;

    private static Datasource acme(String driverClass) {
        return new Datasource("apim_db", null, "jdbc:acme://db/am", "u", Secret.none(), driverClass,
                "[database.apim_db] of test");
    }

    @Test
    void aDriverFromTheLibFolderIsFoundByUrlAndByClassName() throws IOException, java.sql.SQLException {
        Path lib = Files.createDirectories(dir.resolve("repository/components/lib"));
        driverJar(lib.resolve("acme-jdbc.jar"));

        assertThatThrownBy(() -> DriverLoader.of(List.of()).driverFor(acme("acme.AcmeDriver"), Optional.empty()))
                .isInstanceOf(Failure.class).hasMessageContaining("acme.AcmeDriver")
                .hasMessageContaining("neither bundled nor in");

        DriverLoader loader = DriverLoader.of(List.of(lib));
        assertThat(loader.driverFor(acme(null), Optional.empty()).toString()).contains("acme.AcmeDriver");
        assertThat(loader.driverFor(acme("acme.AcmeDriver"), Optional.empty()).getClass().getName())
                .isEqualTo("acme.AcmeDriver");
        assertThatThrownBy(() -> loader.driverFor(new Datasource("apim_db", null, "jdbc:nosuch://db/am", "u",
                Secret.none(), null, "[database.apim_db] of test"), Optional.empty()))
                .isInstanceOf(Failure.class).hasMessageContaining("No JDBC driver accepts the URL");
        assertThat(DriverManager.getDriver("jdbc:acme://db/am").toString()).contains("acme.AcmeDriver");
        assertThat(DriverManager.getDriver("jdbc:postgresql://h/db").getClass().getName())
                .as("bundled drivers stay first").isEqualTo("org.postgresql.Driver");
    }

    /**
     * Each vendor names the bundled driver class for its URLs, so a command starts only that driver (DriverManager
     * would start all seven first); the one prefix without a bundled driver (jTDS) is served from the folder.
     */
    @Test
    void everyVendorsUrlIsServedByTheBundledDriverItNames() {
        DriverLoader loader = DriverLoader.of(List.of());
        for (Vendor v : Vendors.all()) {
            for (ConnectionFacts.UrlPrefix p : v.connection().urlPrefixes()) {
                // Oracle's driver takes only URLs that name its protocol
                String url = p.prefix() + (p.prefix().equals("jdbc:oracle:") ? "thin:@//host:1/db" : "//host:1/db");
                String driverClass = v.connection().driverClassFor(url).orElseThrow();
                assertThat(driverClass).as(p.prefix()).isEqualTo(p.driverClass() != null ? p.driverClass()
                        : v.connection().driverClass());
                if (p.prefix().contains("jtds")) {
                    continue;
                }
                Datasource ds = new Datasource("apim_db", null, url, "u", Secret.none(), null, "test");
                assertThat(loader.driverFor(ds, Optional.of(driverClass)).getClass().getName()).as(p.prefix())
                        .isEqualTo(driverClass);
            }
        }
    }

    private void driverJar(Path jar) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/acme"));
        Files.writeString(src.resolve("AcmeDriver.java"), DRIVER);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.resolve("AcmeDriver.java").toString());
        assertThat(rc).isZero();
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("acme/AcmeDriver.class"));
            out.write(Files.readAllBytes(classes.resolve("acme/AcmeDriver.class")));
            out.putNextEntry(new JarEntry("META-INF/services/java.sql.Driver"));
            out.write("acme.AcmeDriver\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
