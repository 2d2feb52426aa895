package org.apimmigrate.runner.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.fixtures.data.DataGenerator;
import org.apimmigrate.fixtures.data.GenerationReport;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.schema.KnownSchema;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo's database server: an embedded PostgreSQL (zonky, binaries inside the jar) holding a WSO2AM_DB and a
 * SHARED_DB at 3.2.0 with generated content. Its data folder goes away when it is closed.
 */
final class EmbeddedDemoDatabase implements AutoCloseable {

    static final String APIM_DB = "apim_db";
    static final String SHARED_DB = "shared_db";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDemoDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDemoDatabase start() {
        try {
            return new EmbeddedDemoDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Creates both databases at 3.2.0 and fills them as the generator's settings say. */
    GenerationReport load320(GeneratorSettings data) {
        Vendor vendor = Vendors.require("postgresql");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + APIM_DB);
            s.execute("CREATE DATABASE " + SHARED_DB);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the demo databases: " + e.getMessage(), e);
        }
        try (Handle am = Jdbi.create(url(APIM_DB), USER, "").open();
             Handle shared = Jdbi.create(url(SHARED_DB), USER, "").open()) {
            FixtureSchemas.load(am, KnownSchema.AM_320, vendor);
            FixtureSchemas.load(shared, KnownSchema.SHARED_320, vendor);
            return DataGenerator.generate(am, shared, data);
        }
    }

    String url(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    String version() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1).split(" ")[0];
        } catch (SQLException e) {
            return "PostgreSQL";
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
