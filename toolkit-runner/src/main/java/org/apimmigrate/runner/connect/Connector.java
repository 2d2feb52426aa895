package org.apimmigrate.runner.connect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.dialect.common.PlainSql;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Datasource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a small HikariCP pool per datasource and makes sure it really reaches a database the toolkit knows. */
public final class Connector {

    private static final Logger LOG = LoggerFactory.getLogger(Connector.class);
    /**
     * A migrating phase holds at most four connections to a database at once: the session's, the lock-wait watcher's,
     * and two of a step's second connection, the fingerprint's second and its digest alongside the steps. One more,
     * so that nothing opened later waits out the connection timeout for one of them to come back.
     */
    private static final int POOL_SIZE = 5;
    private static final long CONNECT_TIMEOUT_MS = 20_000;

    private final DriverLoader drivers;
    private final boolean readOnly;

    private Connector(DriverLoader drivers, boolean readOnly) {
        this.drivers = drivers;
        this.readOnly = readOnly;
    }

    public static Connector of(DriverLoader drivers) {
        return new Connector(drivers, false);
    }

    /** For readers: the connections are marked read-only, a hint the engines honour to different degrees. */
    public static Connector forReading(DriverLoader drivers) {
        return new Connector(drivers, true);
    }

    /** Fails with a message that names the datasource, what went wrong and what to do. */
    public ConnectedDatabase connect(Datasource given) {
        Vendor vendor = Vendors.forUrl(given.url()).orElseThrow(() -> Failure.usage("The URL " + given.safeUrl()
                + " of " + given.origin() + " belongs to no database vendor this toolkit supports (" + Vendors.ids() + ").",
                "Use the JDBC URL of the API Manager's database: " + Vendors.urlPrefixes() + "."));
        Datasource ds = openingOnlyExisting(given, vendor);
        DriverConnections connections = new DriverConnections(
                drivers.driverFor(ds, vendor.connection().driverClassFor(ds.url())), ds.url());
        probe(ds, connections);
        HikariDataSource pool = open(ds, connections);
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            String product = md.getDatabaseProductName();
            if (Vendors.forProduct(product).filter(v -> v.id().equals(vendor.id())).isEmpty()) {
                LOG.warn("{} reports itself as {}, which is not {} as its URL suggests", ds.name(), product,
                        vendor.displayName());
            }
            String user = md.getUserName() == null ? ds.username() : md.getUserName();
            return new ConnectedDatabase(ds, pool, PlainSql.setUp(Jdbi.create(pool)), vendor, product,
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

    /**
     * The datasource at a URL that never creates the database it names (a database file that does not exist fails
     * here, naming the file), where the vendor's databases are files.
     */
    private static Datasource openingOnlyExisting(Datasource ds, Vendor vendor) {
        vendor.files().problem(ds.url()).ifPresent(p -> {
            throw Failure.database(p.what() + ": " + ds.name() + " at " + ds.safeUrl() + " of " + ds.origin() + ".",
                    p.whatToDo(), null);
        });
        return ds.withUrl(vendor.files().openingOnlyExisting(ds.url()));
    }

    /**
     * One connection straight from the driver before the pool opens: a database that cannot be reached fails at
     * once, where the pool would wait a second before giving up (a cost paid per datasource by readers such as
     * {@code guide}, which go on without it).
     */
    private static void probe(Datasource ds, DriverConnections connections) {
        // drivers without a login timeout of their own take DriverManager's (setting it loads no driver)
        DriverManager.setLoginTimeout((int) (CONNECT_TIMEOUT_MS / 1000));
        try (Connection c = connections.getConnection(ds.username(),
                ds.password().isPresent() ? ds.password().reveal() : null)) {
            LOG.debug("{} is reachable", ds.name());
        } catch (SQLException | RuntimeException e) {
            throw ConnectionErrors.explain(ds, e);
        }
    }

    private HikariDataSource open(Datasource ds, DriverConnections connections) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("apim-migrate-" + ds.name());
        config.setDataSource(connections);
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
        config.setReadOnly(readOnly);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ConnectionErrors.explain(ds, e);
        }
    }
}
