package org.apimmigrate.runner.preflight;

import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.ProgressListener;
import org.apimmigrate.api.step.StatementRunner;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.run.CatalogReads;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.jdbi.v3.core.Handle;

/**
 * A step context for looking only: any statement a step tries to run is refused, so the catalog, read once for the
 * command, stays true for every look through this context.
 */
final class ReadOnlyContext implements StepContext {

    private final Handle handle;
    private final Vendor vendor;
    private final MigrationOptions options;
    private final ConnectedDatabase db;
    private final CatalogReads catalog;

    ReadOnlyContext(Handle handle, ConnectedDatabase db, MigrationOptions options, CatalogReads catalog) {
        this.handle = handle;
        this.vendor = db.vendor();
        this.options = options;
        this.db = db;
        this.catalog = catalog;
    }

    @Override
    public Handle handle() {
        return handle;
    }

    @Override
    public Vendor vendor() {
        return vendor;
    }

    @Override
    public MigrationOptions options() {
        return options;
    }

    CatalogReads catalog() {
        return catalog;
    }

    @Override
    public Snapshot schema() {
        return catalog.schema(db.identity(), db.label(), vendor, handle);
    }

    /** Kept with the catalog read: nothing changes while a command only looks. */
    @Override
    public <T> T remember(String key, java.util.function.Supplier<T> read) {
        return catalog.derived(schema(), key, read);
    }

    @Override
    public StatementRunner statements() {
        return sql -> {
            throw new IllegalStateException("A read-only look must not change anything: " + sql);
        };
    }

    @Override
    public ProgressListener progress() {
        return ProgressListener.NONE;
    }
}
