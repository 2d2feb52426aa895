package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The first fixture of a key is made, later ones are copies of a kept copy, and the kept one never leaves. */
class TemplatesTest {

    @Test
    void laterFixturesAreCopiesOfAKeptCopyOfTheFirst() {
        Templates<String, String> templates = new Templates<>();
        AtomicInteger made = new AtomicInteger();
        List<String> copied = new ArrayList<>();

        String first = templates.get("pg", () -> "made-" + made.incrementAndGet(), f -> {
            copied.add(f);
            return Optional.of(f + "'");
        });
        String second = templates.get("pg", () -> "made-" + made.incrementAndGet(), f -> {
            copied.add(f);
            return Optional.of(f + "'");
        });

        assertThat(first).isEqualTo("made-1");
        assertThat(second).isEqualTo("made-1''");
        assertThat(copied).containsExactly("made-1", "made-1'");
        assertThat(made).hasValue(1);
    }

    @Test
    void whereNothingCopiesEveryFixtureIsMade() {
        Templates<String, String> templates = new Templates<>();
        AtomicInteger made = new AtomicInteger();

        templates.get("h2", () -> "made-" + made.incrementAndGet(), f -> Optional.empty());
        String second = templates.get("h2", () -> "made-" + made.incrementAndGet(), f -> Optional.empty());

        assertThat(second).isEqualTo("made-2");
    }
}
