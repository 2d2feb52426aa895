package org.apimmigrate.runner.guide.progress;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apimmigrate.api.finding.RootCause;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Datasource;
import org.apimmigrate.runner.config.DatasourceTable;
import org.apimmigrate.runner.config.PasswordResolver;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.connect.Connector;
import org.apimmigrate.runner.connect.DriverLoader;
import org.apimmigrate.runner.guide.config.TomlConfig;
import org.apimmigrate.runner.redact.JdbcUrlRedaction;
import org.apimmigrate.steps.Steps;
import org.apimmigrate.dialect.common.SqlSections;
import org.jdbi.v3.core.Handle;
import org.apimmigrate.dialect.common.CurrentSchema;
import org.apimmigrate.dialect.common.SchemaTables;
import org.apimmigrate.runner.guide.config.ApimHome;

/**
 * Reads the migration's progress from the databases the NEW home's deployment.toml configures, connected as the other
 * commands connect (with the drivers of the new home's components/lib), through the toolkit's journal as
 * {@code migrate} writes it. Reads only: it never creates a table or a database. Each database is opened once, on
 * first use; one that cannot be opened makes its answers unknown, with the reason.
 */
public final class JdbcMigrationProgress implements MigrationProgress {

    private static final String USER_DB = "user";
    private static final String SHARED_DB = "shared_db";
    private static final String APIM_DB = "apim_db";

    private final ApimHome home;
    private final TomlConfig toml;
    private final PasswordResolver passwords;
    private final SqlSections sql = SqlSections.read("org/apimmigrate/runner/guide/progress.sql");
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private Connector connector;

    /**
     * @param home        the new home: its deployment.toml, its JDBC drivers, the folder home-relative URLs start at
     * @param environment where {@code APIM_MIGRATE_<NAME>_PASSWORD} passwords come from; nobody is asked for one
     */
    public JdbcMigrationProgress(ApimHome home, Map<String, String> environment) {
        this.home = home;
        this.toml = home.toml();
        this.passwords = PasswordResolver.withoutPrompt(Map.copyOf(environment)::get);
    }

    @Override
    public Probe<JournalState> step(String stepId) {
        Optional<Step> step = Steps.all().stream().filter(s -> s.id().equals(stepId)).findFirst();
        if (step.isEmpty()) {
            return Probe.unknown("no toolkit step " + stepId);
        }
        return read(step.get().database().tomlName(), s -> {
            Journal journal = new Journal(s.handle, s.vendor());
            return Probe.of(journal.find(stepId).map(JournalState::of).orElse(JournalState.NOT_STARTED));
        });
    }

    @Override
    public Probe<Boolean> identityMigrated() {
        // the 5.11 identity migration adds UM_TENANT.UM_TENANT_UUID (its step6/um); 3.2.0 never has it
        return read(userDatabase(), s -> {
            Catalog c = new Catalog(s.handle);
            if (c.table("UM_TENANT").isEmpty()) {
                return Probe.unknown("[database." + userDatabase() + "] has no UM_TENANT table");
            }
            return Probe.of(c.hasColumn("UM_TENANT", "UM_TENANT_UUID"));
        });
    }

    @Override
    public Probe<Boolean> clientRan() {
        // the client fills AM_API.API_UUID and, on its way, drops AM_LABELS (migrateLabelsToVhosts)
        return read(APIM_DB, s -> {
            Catalog c = new Catalog(s.handle);
            if (c.table("AM_API").isEmpty()) {
                return Probe.unknown("[database.apim_db] has no AM_API table");
            }
            if (c.table("AM_LABELS").isPresent() || !c.hasColumn("AM_API", "API_UUID")) {
                return Probe.of(false);
            }
            return Probe.of(count(s, "apisWithoutUuid") == 0);
        });
    }

    @Override
    public Probe<Long> tenants() {
        return read(userDatabase(), s -> new Catalog(s.handle).table("UM_TENANT").isEmpty()
                ? Probe.unknown("[database." + userDatabase() + "] has no UM_TENANT table")
                : Probe.of(count(s, "tenants")));
    }

    @Override
    public Probe<Long> registryResources() {
        return read(SHARED_DB, s -> new Catalog(s.handle).table("REG_RESOURCE").isEmpty()
                ? Probe.of(0L) : Probe.of(count(s, "registryResources")));
    }

    @Override
    public List<DatabaseStatus> databases() {
        List<DatabaseStatus> out = new ArrayList<>();
        for (Map.Entry<String, Session> e : sessions.entrySet()) {
            Session s = e.getValue();
            out.add(new DatabaseStatus(e.getKey(), s.redactedUrl, s.handle != null, s.failure));
        }
        return out;
    }

    @Override
    public void close() {
        sessions.values().forEach(Session::close);
        sessions.clear();
    }

    private String userDatabase() {
        return toml.datasource(USER_DB).isPresent() ? USER_DB : SHARED_DB;
    }

    private long count(Session s, String query) {
        return s.handle.createQuery(sql.require(query).get(0)).mapTo(Long.class).one();
    }

    private Probe<Session> session(String name) {
        Session s = sessions.computeIfAbsent(name, this::open);
        // the full reason is told once, with the databases; items only point at it
        return s.handle != null ? Probe.of(s)
                : Probe.unknown("[database." + name + "] could not be read (see why with the databases)");
    }

    /** Runs a read on a database; a failing read makes the answer unknown rather than stopping the checklist. */
    private <T> Probe<T> read(String name, Function<Session, Probe<T>> reading) {
        return session(name).flatMap(s -> {
            try {
                return reading.apply(s);
            } catch (RuntimeException e) {
                return Probe.unknown("reading [database." + name + "] failed: "
                        + JdbcUrlRedaction.redactPasswords(RootCause.firstLine(e)));
            }
        });
    }

    private Session open(String name) {
        if (!toml.readable()) {
            return Session.failed(null, "the new deployment.toml cannot be read");
        }
        Optional<DatasourceTable> table = toml.datasource(name);
        if (table.isEmpty() || table.get().url() == null) {
            return Session.failed(null, "[database." + name + "] is not configured in the new deployment.toml");
        }
        DatasourceTable t = table.get();
        String shown = t.safeUrl();
        Datasource ds;
        try {
            ds = t.resolve(passwords);
        } catch (Failure f) {
            return Session.failed(shown, f.getMessage() + " " + f.remedy());
        }
        // home-relative paths resolved; the connector opens it so that no database is ever created
        Datasource reading = Vendors.forTomlType(t.type())
                .map(type -> ds.withUrl(type.files().resolvedAgainst(t.url(), home.root()))).orElse(ds);
        ConnectedDatabase db = null;
        try {
            db = connector().connect(reading);
            return new Session(shown, db, db.jdbi().open(), null);
        } catch (RuntimeException e) {
            if (db != null) {
                db.pool().close();
            }
            Throwable why = e instanceof Failure f && f.getCause() != null ? f.getCause() : e;
            return Session.failed(shown, "cannot connect to [database." + name + "] " + shown + ": "
                    + JdbcUrlRedaction.redactPasswords(RootCause.firstLine(why)));
        }
    }

    /** Loads the drivers of the new home's components/lib on first use. */
    private Connector connector() {
        if (connector == null) {
            connector = Connector.forReading(DriverLoader.of(List.of(home.lib())));
        }
        return connector;
    }

    /** One opened (or failed) database. */
    private static final class Session {
        private final String redactedUrl;
        private final ConnectedDatabase database;
        private final Handle handle;
        private final String failure;

        Session(String redactedUrl, ConnectedDatabase database, Handle handle, String failure) {
            this.redactedUrl = redactedUrl;
            this.database = database;
            this.handle = handle;
            this.failure = failure;
        }

        static Session failed(String redactedUrl, String why) {
            return new Session(redactedUrl, null, null, why);
        }

        Vendor vendor() {
            return database.vendor();
        }

        void close() {
            if (handle != null) {
                handle.close();
            }
            if (database != null) {
                database.pool().close();
            }
        }
    }

    /** Tables and columns of the connection's own schema, found whatever letter case the engine stores. */
    private static final class Catalog {
        private final Handle handle;

        Catalog(Handle handle) {
            this.handle = handle;
        }

        Optional<String> table(String name) {
            return SchemaTables.find(handle, name);
        }

        boolean hasColumn(String table, String column) {
            Optional<String> stored = table(table);
            if (stored.isEmpty()) {
                return false;
            }
            try {
                Connection c = handle.getConnection();
                try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(),
                        CurrentSchema.of(c), stored.get(), null)) {
                    while (rs.next()) {
                        if (column.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the catalog: " + e.getMessage(), e);
            }
        }
    }
}
