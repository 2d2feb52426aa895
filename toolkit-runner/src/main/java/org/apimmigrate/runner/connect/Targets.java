package org.apimmigrate.runner.connect;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.run.CatalogReads;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Configuration;
import org.apimmigrate.runner.config.Datasource;
import org.apimmigrate.steps.Steps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API Manager's databases, connected: WSO2AM_DB and SHARED_DB, and a migrator over them. Closing ends the pools.
 */
public final class Targets implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Targets.class);

    private final Map<DatabaseRole, ConnectedDatabase> roles;
    private final Map<String, ConnectedDatabase> others;
    private final Map<String, String> unreachable;
    private final CatalogReads catalog = new CatalogReads();

    private Targets(Map<DatabaseRole, ConnectedDatabase> roles, Map<String, ConnectedDatabase> others,
                    Map<String, String> unreachable) {
        this.roles = roles;
        this.others = others;
        this.unreachable = unreachable;
    }

    /**
     * Connects WSO2AM_DB and SHARED_DB; a failure there stops the command. The other datasources are tried only when
     * asked for (preflight), and a failure there is only reported.
     */
    public static Targets connect(Configuration config, boolean withOthers) {
        Connector connector = Connector.of(DriverLoader.of(config.driverDirs()));
        Map<DatabaseRole, ConnectedDatabase> roles = new EnumMap<>(DatabaseRole.class);
        Map<String, ConnectedDatabase> others = new LinkedHashMap<>();
        Map<String, String> unreachable = new LinkedHashMap<>();
        try {
            connectBoth(connector, config, roles);
            if (withOthers) {
                config.unusable().forEach((name, why) -> unreachable.put(name, "not checked: " + why));
                for (Datasource ds : config.others()) {
                    try {
                        others.put(ds.name(), connector.connect(ds));
                    } catch (Failure f) {
                        unreachable.put(ds.name(), f.getMessage());
                    }
                }
            }
        } catch (RuntimeException e) {
            roles.values().forEach(c -> c.pool().close());
            others.values().forEach(c -> c.pool().close());
            throw e;
        }
        return new Targets(roles, others, unreachable);
    }

    /**
     * WSO2AM_DB and SHARED_DB, SHARED_DB on a second thread while WSO2AM_DB connects (each takes a login, a pool and a
     * first query); one after the other where both name the same database. A failure is WSO2AM_DB's first, as when
     * they connect in turn, and whatever did connect is put in {@code roles} for closing.
     */
    private static void connectBoth(Connector connector, Configuration config,
                                    Map<DatabaseRole, ConnectedDatabase> roles) {
        if (config.apimDb().url().equals(config.sharedDb().url())) {
            roles.put(DatabaseRole.APIM_DB, connector.connect(config.apimDb()));
            roles.put(DatabaseRole.SHARED_DB, connector.connect(config.sharedDb()));
            return;
        }
        CompletableFuture<ConnectedDatabase> shared = CompletableFuture.supplyAsync(
                () -> connector.connect(config.sharedDb()), Targets::onItsOwnThread);
        try {
            roles.put(DatabaseRole.APIM_DB, connector.connect(config.apimDb()));
        } finally {
            try {
                roles.put(DatabaseRole.SHARED_DB, shared.join());
            } catch (CompletionException e) {
                if (roles.containsKey(DatabaseRole.APIM_DB)) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
                // WSO2AM_DB's own failure is on its way out of the try block
            }
        }
    }

    private static void onItsOwnThread(Runnable work) {
        Thread t = new Thread(work, "apim-migrate-connect");
        t.setDaemon(true);
        t.start();
    }

    public ConnectedDatabase get(DatabaseRole role) {
        return roles.get(role);
    }

    /** WSO2AM_DB and SHARED_DB, by role. */
    public Map<DatabaseRole, ConnectedDatabase> roles() {
        return Map.copyOf(roles);
    }

    /** deployment.toml's other datasources that answered. */
    public Map<String, ConnectedDatabase> others() {
        return others;
    }

    /** deployment.toml's other datasources that did not answer, with why. */
    public Map<String, String> unreachable() {
        return unreachable;
    }

    public Map<DatabaseRole, TargetDatabase> targets() {
        Map<DatabaseRole, TargetDatabase> out = new EnumMap<>(DatabaseRole.class);
        roles.forEach((role, db) -> out.put(role, db.target(role)));
        return out;
    }

    public Migrator migrator(StepContext.MigrationOptions options, RunListener listener,
                             StatementInterceptor interceptor) {
        return new Migrator(Steps.all(), targets(), options, listener, interceptor, catalog);
    }

    /** The command's catalog reads, shared by all its looks at the databases. */
    public CatalogReads catalog() {
        return catalog;
    }

    @Override
    public void close() {
        for (ConnectedDatabase db : roles.values()) {
            close(db);
        }
        others.values().forEach(Targets::close);
    }

    private static void close(ConnectedDatabase db) {
        try {
            db.pool().close();
        } catch (RuntimeException e) {
            LOG.debug("Closing the pool of {} failed", db.datasource().name(), e);
        }
    }
}
