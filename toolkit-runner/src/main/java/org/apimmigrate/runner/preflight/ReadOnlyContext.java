package org.apimmigrate.runner.preflight;

import org.apimmigrate.api.step.ProgressListener;
import org.apimmigrate.api.step.StatementRunner;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.vendor.Vendor;
import org.jdbi.v3.core.Handle;

/** A step context for looking only: any statement a step tries to run is refused. */
record ReadOnlyContext(Handle handle, Vendor vendor, MigrationOptions options) implements StepContext {

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
