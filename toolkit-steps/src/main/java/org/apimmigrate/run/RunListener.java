package org.apimmigrate.run;

import org.apimmigrate.api.step.ProgressListener;

/** What a run tells its caller as it goes, e.g. for the command line's progress lines. */
public interface RunListener extends ProgressListener {

    /**
     * A migrating run holds the lock of every database of the phase and has put right what interrupted statements left;
     * no step has looked at the databases yet.
     */
    default void locked() {
    }

    default void stepStarted(String stepId, String title) {
    }

    default void stepFinished(StepReport report) {
    }

    /**
     * A statement of the step has been waiting for another session's lock; called from another thread while the
     * statement runs, again at intervals while it waits.
     */
    default void waiting(String stepId, String message) {
    }

    @Override
    default void progress(String what, long done, long total) {
    }

    RunListener NONE = new RunListener() { };
}
