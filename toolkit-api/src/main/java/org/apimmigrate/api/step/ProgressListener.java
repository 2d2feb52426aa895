package org.apimmigrate.api.step;

/** Progress of long steps, for the command line's progress lines. */
public interface ProgressListener {

    /** {@code done} of {@code total} units of {@code what} finished; total is -1 when unknown. */
    void progress(String what, long done, long total);

    ProgressListener NONE = (what, done, total) -> { };
}
