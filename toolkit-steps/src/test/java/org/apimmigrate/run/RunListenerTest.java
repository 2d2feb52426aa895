package org.apimmigrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A listener given an action for when the run holds its locks still hears everything it heard before. */
class RunListenerTest {

    @Test
    void whenLockedRunsTheActionAfterTheListenerAndPassesOnEveryOtherCall() {
        List<String> heard = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void locked() {
                heard.add("locked");
            }

            @Override
            public void stepStarted(String stepId, String title) {
                heard.add("started " + stepId);
            }

            @Override
            public void waiting(String stepId, String message) {
                heard.add("waiting " + stepId);
            }

            @Override
            public void progress(String what, long done, long total) {
                heard.add("progress " + what + " " + done + "/" + total);
            }
        };

        RunListener decorated = listener.whenLocked(() -> heard.add("action"));
        decorated.locked();
        decorated.stepStarted("s", "title");
        decorated.waiting("s", "blocked");
        decorated.progress("rows", 1, 2);

        assertThat(heard).containsExactly("locked", "action", "started s", "waiting s", "progress rows 1/2");
    }
}
