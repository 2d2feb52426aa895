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
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
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

        assertThatThrownBy(() -> DriverLoader.of(List.of()).requireDriver(acme("acme.AcmeDriver")))
                .isInstanceOf(Failure.class).hasMessageContaining("acme.AcmeDriver")
                .hasMessageContaining("neither bundled nor in");

        DriverLoader loader = DriverLoader.of(List.of(lib));
        loader.requireDriver(acme(null));
        loader.requireDriver(acme("acme.AcmeDriver"));
        assertThat(DriverManager.getDriver("jdbc:acme://db/am").toString()).contains("acme.AcmeDriver");
        assertThat(DriverManager.getDriver("jdbc:postgresql://h/db").getClass().getName())
                .as("bundled drivers stay first").isEqualTo("org.postgresql.Driver");
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
