package org.apimmigrate.steps.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanupStrategyTest {

    @Test
    void rebuildsWhereMostRowsOfALargeTableGo() {
        // 5 versions per resource, 5% non-versioned rows: the benchmark's shape
        assertThat(new CleanupStrategy(525_000, 500_000, 100_000).rebuild()).isTrue();
        assertThat(new CleanupStrategy(525_000, 500_000, 100_000).rowsGoing()).isEqualTo(400_000);
    }

    @Test
    void cleansInPlaceWhereFewGoOrTheTableIsSmall() {
        assertThat(new CleanupStrategy(100_000, 100_000, 85_000).rebuild()).as("15% go").isFalse();
        assertThat(new CleanupStrategy(100_000, 100_000, 80_000).rebuild()).as("20% go").isTrue();
        assertThat(new CleanupStrategy(900, 900, 100).rebuild()).as("800 rows go").isFalse();
        assertThat(new CleanupStrategy(125_000, 100_000, 100_000).rebuild()).as("a second run").isFalse();
        assertThat(new CleanupStrategy(0, 0, 0).rebuild()).as("empty").isFalse();
    }

    @Test
    void largeTablesAreJudgedOnASampleAndSaySo() {
        assertThat(CleanupStrategy.sampled(CleanupStrategy.SAMPLE_FROM - 1)).isFalse();
        assertThat(CleanupStrategy.sampled(CleanupStrategy.SAMPLE_FROM)).isTrue();
        // the sample is sized by rows, not share: every 16th version up to about a million rows, sparser above
        assertThat(CleanupStrategy.sampleEvery(CleanupStrategy.SAMPLE_FROM)).isEqualTo(16);
        assertThat(CleanupStrategy.sampleEvery(525_000)).isEqualTo(16);
        assertThat(CleanupStrategy.sampleEvery(2_625_000)).isEqualTo(64);
        assertThat(CleanupStrategy.sampleEvery(10_000_000)).isEqualTo(128);
        assertThat(new CleanupStrategy(2_625_000, 2_500_000, 496_000, true).describe())
                .isEqualTo("about 2004000 of 2625000 rows go");
        assertThat(new CleanupStrategy(525_000, 500_000, 100_000).describe()).isEqualTo("400000 of 525000 rows go");
        // a sample that comes out above the versioned rows (a re-run, where all of them are current) means none go
        assertThat(new CleanupStrategy(2_625_000, 2_500_000, 2_540_000, true).rebuild()).isFalse();
    }
}
