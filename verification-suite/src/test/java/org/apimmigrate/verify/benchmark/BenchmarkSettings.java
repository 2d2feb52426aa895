package org.apimmigrate.verify.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run measures, from system properties (the {@code benchmark} Maven profile passes them on).
 *
 * @param vendors       {@code bench.vendors}, default {@code postgresql,mysql,h2}
 * @param sizes         {@code bench.sizes}: versioned REG_RESOURCE_PROPERTY rows, default {@code 500000,2500000}
 *                      (the generator adds 5% non-versioned rows; 25 rows per resource: 5 versions x 5 properties)
 * @param h2MaxSize     {@code bench.h2.maxSize}: larger sizes are skipped on H2, default 500000
 * @param cleanupLimit  {@code bench.guideLimit}: seconds after which the guide's clean-up is reported as "> limit"
 * @param reindexLimit  {@code bench.guideLimit.reindex}: the same for the guide's reg-index.sql (default: as above)
 * @param repeats       {@code bench.repeats}: runs of the toolkit and of the bound per engine and size, each on a fresh
 *                      copy, reported as medians (default 3)
 * @param timeline      {@code bench.timeline}: print each toolkit run's timeline, every statement with its start, end and
 *                      connection (default false)
 */
record BenchmarkSettings(List<String> vendors, List<Integer> sizes, int h2MaxSize, Duration cleanupLimit,
                         Duration reindexLimit, int repeats, boolean timeline) {

    static final int ROWS_PER_RESOURCE = 25;

    static BenchmarkSettings fromSystemProperties() {
        Duration cleanup = Duration.ofSeconds(Long.getLong("bench.guideLimit", 300));
        return new BenchmarkSettings(list("bench.vendors", "postgresql,mysql,h2"),
                list("bench.sizes", "500000,2500000").stream().map(Integer::parseInt).toList(),
                Integer.getInteger("bench.h2.maxSize", 500_000), cleanup,
                Duration.ofSeconds(Long.getLong("bench.guideLimit.reindex", cleanup.toSeconds())),
                Math.max(1, Integer.getInteger("bench.repeats", 3)), Boolean.getBoolean("bench.timeline"));
    }

    private static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Registry resources that give {@code size} versioned property rows. */
    static int resources(int size) {
        return Math.max(size / ROWS_PER_RESOURCE, 30);
    }
}
