package org.apimmigrate.verify.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlowestClassesListenerTest {

    @Test
    void showsTheTenSlowestClassesSlowestFirstAndTheWallTime() {
        Map<String, Long> took = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            took.put("C" + i, i * 1_000_000_000L);
        }
        String summary = SlowestClassesListener.summary(took, 90_500_000_000L);
        assertThat(summary.lines()).hasSize(12);
        assertThat(summary.lines().skip(1).limit(10)).first().asString().contains("12.0 s", "C12");
        assertThat(summary).contains("C3").doesNotContain(" C2\n", " C1\n")
                .contains("Wall time of these tests: 90.5 s (12 classes)");
        assertThat(summary.indexOf("C12")).isLessThan(summary.indexOf("C11"));
    }
}
