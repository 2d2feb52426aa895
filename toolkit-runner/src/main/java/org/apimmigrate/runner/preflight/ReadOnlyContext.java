package org.apimmigrate.runner.preflight;

import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.ProgressListener;
import org.apimmigrate.api.step.StatementRunner;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.dialect.Vendor;
import org.jdbi.v3.core.Handle;

/**
 * A step context for looking only: any statement a step tries to run is refused, so the catalog, read once, stays
 * true for every look through this context.
 */
final class ReadOnlyContext implements StepContext {

    private final Handle handle;
    private final Vendor vendor;
    private final MigrationOptions options;
    private Snapshot schema;

    ReadOnlyContext(Handle handle, Vendor vendor, MigrationOptions options) {
        this.handle = handle;
        this.vendor = vendor;
        this.options = options;
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

    @Override
    public Snapshot schema() {
        if (schema == null) {
            schema = vendor.catalog().snapshot(handle);
        }
        return schema;
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
