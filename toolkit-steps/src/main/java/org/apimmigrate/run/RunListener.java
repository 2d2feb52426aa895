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

    /** This listener, which also runs {@code action} once the run holds its locks. */
    default RunListener whenLocked(Runnable action) {
        RunListener self = this;
        return new RunListener() {
            @Override
            public void locked() {
                self.locked();
                action.run();
            }

            @Override
            public void stepStarted(String stepId, String title) {
                self.stepStarted(stepId, title);
            }

            @Override
            public void stepFinished(StepReport report) {
                self.stepFinished(report);
            }

            @Override
            public void waiting(String stepId, String message) {
                self.waiting(stepId, message);
            }

            @Override
            public void progress(String what, long done, long total) {
                self.progress(what, done, total);
            }
        };
    }

    RunListener NONE = new RunListener() { };
}
