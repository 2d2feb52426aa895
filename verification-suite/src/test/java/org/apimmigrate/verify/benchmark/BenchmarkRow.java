package org.apimmigrate.verify.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * One engine and size of a benchmark run: the times of (a), (b), (b0) and (c) for both scripts, and the tool's peak
 * resident set (what {@code ps} shows for its process; 0 where it ran inside the test JVM) and peak heap in use.
 */
record BenchmarkRow(String engine, int size, long propertyRows, long logRows, double generatedSeconds,
                    GuideScript.Outcome guideCleanup, GuideScript.Outcome guideReindex, long nonVersionedLost,
                    double toolkitCleanup, double toolkitReindex, double fingerprintCleanup, double fingerprintReindex,
                    double bareCleanup, double bareReindex, double boundCleanup, double boundCleanupTwo,
                    double boundCleanupTuned, double boundReindex, long peakHeapBytes, long peakRssBytes) {

    String line() {
        return String.format(Locale.ROOT, "%s, %d: clean-up a=%s b=%s (fingerprint %s, cost %s) c=%s b/c=%s c2=%s "
                        + "b/c2=%s cm=%s b/cm=%s; reg-index a=%s b=%s (fingerprint %s, cost %s) c=%s b/c=%s; "
                        + "peak RSS %s, heap %d MiB",
                engine, size, guideCleanup.limitReached() ? "> limit" : Timing.seconds(guideCleanup.seconds()),
                Timing.seconds(toolkitCleanup), share(fingerprintCleanup, toolkitCleanup),
                cost(toolkitCleanup, bareCleanup), Timing.seconds(boundCleanup),
                Timing.ratio(toolkitCleanup, boundCleanup), Timing.seconds(boundCleanupTwo),
                Timing.ratio(toolkitCleanup, boundCleanupTwo), tuned(boundCleanupTuned),
                tunedRatio(toolkitCleanup, boundCleanupTuned),
                guideReindex.limitReached() ? "> limit" : Timing.seconds(guideReindex.seconds()),
                Timing.seconds(toolkitReindex), share(fingerprintReindex, toolkitReindex),
                cost(toolkitReindex, bareReindex), Timing.seconds(boundReindex),
                Timing.ratio(toolkitReindex, boundReindex), rss(), peakHeapBytes >> 20);
    }

    static String table(List<BenchmarkRow> rows, BenchmarkSettings settings) {
        StringBuilder s = new StringBuilder();
        s.append("Registry clean-up (REG_RESOURCE_* and REG_PROPERTY/TAG/COMMENT/RATING) and reg-index (REG_LOG), "
                + "seconds; (a) the guide's SQL as written, (b) the toolkit as `migrate` runs it (the whole phase: "
                + "checks, lock, journal, fingerprints before and after), (c) the one-pass bound, one table pair after "
                + "the other; (c2) the same bound with the pairs shared between two connections, as the toolkit "
                + "shares them (on (c)'s copy, right after it); (cm) the bound on one connection with the session "
                + "settings the toolkit gives its own joins (PostgreSQL: work_mem 16MB; \"-\": it sets none), on "
                + "(c)'s copy after (c2); fp: the share of (b) spent on the fingerprints; "
                + "fp cost: the share of (b) the phase saves without them, (b) minus (b0), the same phase with "
                + "`--no-fingerprint` (their scans also bring into the cache what the steps then read). (b), its fp, "
                + "(b0), (c), (c2) and (cm): medians of " + settings.repeats() + " run(s) each, alternating, each on a fresh "
                + "copy.\n\n");
        s.append("| engine | size (versioned property rows) | REG_RESOURCE_PROPERTY / REG_LOG rows | clean-up (a) | (b) "
                + "| fp | fp cost | (c) | a/b | b/c | (c2) | b/c2 | (cm) | b/cm | reg-index (a) | (b) | fp | fp cost "
                + "| (c) | a/b | b/c | tool peak RSS | tool peak heap | non-versioned rows (a) lost |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (BenchmarkRow r : rows) {
            s.append(String.format(Locale.ROOT, "| %s | %,d | %,d / %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s "
                            + "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d MiB | %,d |\n",
                    r.engine, r.size,
                    r.propertyRows, r.logRows, r.guideCleanup.show(settings.cleanupLimit()),
                    Timing.seconds(r.toolkitCleanup), share(r.fingerprintCleanup, r.toolkitCleanup),
                    cost(r.toolkitCleanup, r.bareCleanup), Timing.seconds(r.boundCleanup),
                    ratio(r.guideCleanup, r.toolkitCleanup), Timing.ratio(r.toolkitCleanup, r.boundCleanup),
                    Timing.seconds(r.boundCleanupTwo), Timing.ratio(r.toolkitCleanup, r.boundCleanupTwo),
                    tuned(r.boundCleanupTuned), tunedRatio(r.toolkitCleanup, r.boundCleanupTuned),
                    r.guideReindex.show(settings.reindexLimit()), Timing.seconds(r.toolkitReindex),
                    share(r.fingerprintReindex, r.toolkitReindex),
                    cost(r.toolkitReindex, r.bareReindex), Timing.seconds(r.boundReindex),
                    ratio(r.guideReindex, r.toolkitReindex), Timing.ratio(r.toolkitReindex, r.boundReindex),
                    r.rss(), r.peakHeapBytes >> 20, r.nonVersionedLost));
        }
        s.append("\nGuide time limits: clean-up ").append(settings.cleanupLimit().toSeconds()).append(" s, reg-index ")
                .append(settings.reindexLimit().toSeconds()).append(" s (\"> n\": stopped at the limit; the ratio is "
                + "then a lower bound).\n");
        return s.toString();
    }

    /** A bound with the toolkit's session settings, or "-" where the toolkit sets none on that engine. */
    static String tuned(double seconds) {
        return seconds < 0 ? "-" : Timing.seconds(seconds);
    }

    private static String tunedRatio(double toolkit, double tuned) {
        return tuned < 0 ? "-" : Timing.ratio(toolkit, tuned);
    }

    private static String share(double part, double whole) {
        return part < 0 || whole <= 0 ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * part / whole);
    }

    /**
     * What the fingerprints cost a phase, in percent of it: {@code with} minus {@code without}; a difference of two
     * medians, so it may come out below zero where the noise is larger than the cost, and is shown so.
     */
    private static String cost(double with, double without) {
        return with <= 0 || without < 0 ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * (with - without) / with);
    }

    private String rss() {
        return peakRssBytes > 0 ? (peakRssBytes >> 20) + " MiB" : "-";
    }

    private static String ratio(GuideScript.Outcome guide, double toolkit) {
        if (guide.error() != null) {
            return "-";
        }
        return (guide.limitReached() ? "> " : "") + Timing.ratio(guide.seconds(), toolkit);
    }
}
