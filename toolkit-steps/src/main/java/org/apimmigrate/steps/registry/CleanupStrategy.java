package org.apimmigrate.steps.registry;

/**
 * Whether an association table is rebuilt from its survivors or cleaned in place. Deleting a row costs about ten
 * times writing one (index maintenance, undo, foreign-key checks), and a rebuild writes each survivor twice (copy and
 * refill), so rebuilding wins once about a sixth of the rows go; below that, set-based deletes touch less. A rebuild
 * also runs a dozen DDL statements, which cost more than deleting a few hundred rows: small tables (often the
 * comments and ratings) are cleaned in place whatever their share.
 *
 * @param allRows       rows of the association table
 * @param versionedRows its rows with REG_VERSION set
 * @param currentRows   its rows of a current version (they stay)
 * @param estimated     whether {@code currentRows} was counted on a sample of the versions (large tables)
 */
record CleanupStrategy(long allRows, long versionedRows, long currentRows, boolean estimated) {

    static final double REBUILD_SHARE = 0.2;
    static final long REBUILD_MIN_ROWS = 1_000;
    /**
     * From how many rows the current ones are counted on a sample of the versions (every {@link #sampleEvery}th): a
     * table that large belongs to a registry with thousands of current versions, so the share that goes comes out
     * within a few percent, far from mattering to the choice (a re-run, where nothing goes, stays well below {@value
     * #REBUILD_SHARE}).
     */
    static final long SAMPLE_FROM = 100_000;
    /** The sparsest sample taken: every 16th version. */
    static final long SAMPLE_EVERY_MIN = 16;
    /**
     * How many association rows a sample is sized for. How close an estimate comes depends on how many versions it
     * holds, not on their share of the table, so larger tables are sampled more sparsely: a probe per sampled version
     * into a cold index cost a quarter of a second at millions of rows for every 16th.
     */
    static final long SAMPLE_ROWS = 40_000;

    CleanupStrategy(long allRows, long versionedRows, long currentRows) {
        this(allRows, versionedRows, currentRows, false);
    }

    static boolean sampled(long allRows) {
        return allRows >= SAMPLE_FROM;
    }

    /** Which versions the sample of a table of {@code allRows} rows takes: every n-th, n a power of two. */
    static long sampleEvery(long allRows) {
        return Math.max(SAMPLE_EVERY_MIN, Long.highestOneBit(allRows / SAMPLE_ROWS));
    }

    long rowsGoing() {
        return Math.max(versionedRows - currentRows, 0);
    }

    boolean rebuild() {
        return rowsGoing() >= REBUILD_MIN_ROWS && rowsGoing() >= REBUILD_SHARE * allRows;
    }

    String describe() {
        return (estimated ? "about " : "") + rowsGoing() + " of " + allRows + " rows go";
    }
}
