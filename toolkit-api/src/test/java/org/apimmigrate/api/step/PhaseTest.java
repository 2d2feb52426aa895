package org.apimmigrate.api.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The phase names of the command line, read back into phases. */
class PhaseTest {

    @Test
    void everyPhaseIsFoundByItsCommandLineNameInAnyCase() {
        for (Phase p : Phase.values()) {
            assertThat(Phase.fromCliName(p.cliName())).isEqualTo(p);
            assertThat(Phase.fromCliName(p.cliName().toUpperCase(java.util.Locale.ROOT))).isEqualTo(p);
        }
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesThatExist() {
        assertThatThrownBy(() -> Phase.fromCliName("PRE_CLIENT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'PRE_CLIENT'").hasMessageContaining("pre-client or post-client");
    }
}
