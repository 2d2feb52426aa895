package org.apimmigrate.verify.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrashSweepTest {

    private static final List<Integer> BOUNDARIES = IntStream.rangeClosed(1, 300).boxed().toList();

    @Test
    void aSampleKeepsTheChosenBoundariesAndAShareOfTheOthersTheSameForTheSameSeed() {
        String before = System.getProperty("apim.crash.seed");
        System.setProperty("apim.crash.seed", "42");
        try {
            List<Integer> sample = CrashSweep.sample(BOUNDARIES, 4, b -> b == 1 || b == 300);
            assertThat(sample).contains(1, 300).isSorted().hasSizeBetween(40, 120);
            assertThat(CrashSweep.sample(BOUNDARIES, 4, b -> b == 1 || b == 300)).isEqualTo(sample);
            System.setProperty("apim.crash.seed", "43");
            assertThat(CrashSweep.sample(BOUNDARIES, 4, b -> b == 1 || b == 300)).isNotEqualTo(sample);
        } finally {
            if (before == null) {
                System.clearProperty("apim.crash.seed");
            } else {
                System.setProperty("apim.crash.seed", before);
            }
        }
    }

    @Test
    void aFullSweepKeepsEveryBoundary() {
        String before = System.getProperty("apim.crash.sweep");
        System.setProperty("apim.crash.sweep", "full");
        try {
            assertThat(CrashSweep.sample(BOUNDARIES, 4, b -> false)).isEqualTo(BOUNDARIES);
            assertThat(CrashSweep.stride(5)).isEqualTo(1);
        } finally {
            if (before == null) {
                System.clearProperty("apim.crash.sweep");
            } else {
                System.setProperty("apim.crash.sweep", before);
            }
        }
    }
}
