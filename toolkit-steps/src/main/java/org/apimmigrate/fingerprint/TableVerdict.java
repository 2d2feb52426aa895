package org.apimmigrate.fingerprint;

/**
 * What a phase did to one table, told by its fingerprints before and after.
 *
 * @param rowsAfter null where the table is gone
 * @param detail    the figures or the step's reason, in words
 */
public record TableVerdict(String table, Verdict verdict, long rowsBefore, Long rowsAfter, String detail) {

    public enum Verdict {
        /** Same rows, same content. */
        UNCHANGED(true),
        /** Same rows, same content, some columns under their 4.0.0 names. */
        RENAMED_COLUMNS_EQUAL(true),
        /** Rows removed as the phase says (e.g. old registry versions); the rows it must keep are unchanged. */
        ROWS_REMOVED_BY_DESIGN(true),
        /** Emptied as the phase says (WSO2's client writes it anew). */
        EMPTIED_BY_DESIGN(true),
        /** Dropped while empty. */
        DROPPED_EMPTY(true),
        /** Content or row count differs where the phase changes nothing. */
        CHANGED(false),
        /** A table with rows is gone. */
        GONE(false);

        private final boolean expected;

        Verdict(boolean expected) {
            this.expected = expected;
        }

        public boolean expected() {
            return expected;
        }
    }

    public long rowsRemoved() {
        return rowsAfter == null ? rowsBefore : Math.max(0, rowsBefore - rowsAfter);
    }
}
