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
 */
record CleanupStrategy(long allRows, long versionedRows, long currentRows) {

    static final double REBUILD_SHARE = 0.2;
    static final long REBUILD_MIN_ROWS = 1_000;

    long rowsGoing() {
        return Math.max(versionedRows - currentRows, 0);
    }

    boolean rebuild() {
        return rowsGoing() >= REBUILD_MIN_ROWS && rowsGoing() >= REBUILD_SHARE * allRows;
    }

    String describe() {
        return rowsGoing() + " of " + allRows + " rows go";
    }
}
