package org.apimmigrate.runner.connect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.apimmigrate.api.vendor.Vendor;
import org.apimmigrate.api.vendor.Vendors;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Datasource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a small HikariCP pool per datasource and makes sure it really reaches a database the toolkit knows. */
final class Connector {

    private static final Logger LOG = LoggerFactory.getLogger(Connector.class);
    private static final int POOL_SIZE = 4;
    private static final long CONNECT_TIMEOUT_MS = 20_000;

    private final DriverLoader drivers;

    Connector(DriverLoader drivers) {
        this.drivers = drivers;
    }

    ConnectedDatabase connect(Datasource ds) {
        Vendor vendor = Vendors.forUrl(ds.url()).orElseThrow(() -> Failure.usage("The URL " + ds.safeUrl() + " of "
                + ds.origin() + " belongs to no database vendor this toolkit supports (" + Vendors.ids() + ").",
                "Use the JDBC URL of the API Manager's database: jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb:, "
                        + "jdbc:sqlserver:, jdbc:oracle:, jdbc:db2: or jdbc:h2:."));
        drivers.requireDriver(ds);
        HikariDataSource pool = open(ds);
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            String product = md.getDatabaseProductName();
            if (Vendors.forProduct(product).filter(v -> v.id().equals(vendor.id())).isEmpty()) {
                LOG.warn("{} reports itself as {}, which is not {} as its URL suggests", ds.name(), product,
                        vendor.displayName());
            }
            String user = md.getUserName() == null ? ds.username() : md.getUserName();
            return new ConnectedDatabase(ds, pool, Jdbi.create(pool), vendor, product,
                    md.getDatabaseProductVersion().lines().findFirst().orElse("").strip(),
                    md.getDriverName() + " " + md.getDriverVersion(), user);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            if (e instanceof Failure f) {
                throw f;
            }
            throw ConnectionErrors.explain(ds, e);
        }
    }

    private static HikariDataSource open(Datasource ds) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("apim-migrate-" + ds.name());
        config.setJdbcUrl(ds.url());
        if (ds.username() != null) {
            config.setUsername(ds.username());
        }
        if (ds.password().isPresent()) {
            config.setPassword(ds.password().reveal());
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ConnectionErrors.explain(ds, e);
        }
    }
}
