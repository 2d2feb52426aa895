package org.apimmigrate.schema.plan;

import java.util.List;

/** Looks at the data a change would touch, so that the planner refuses a change that would lose or break it. */
public interface DataProbe {

    long rowCount(String table);

    /** Rows where the column is not NULL. */
    long valueCount(String table, String column);

    long nullCount(String table, String column);

    /** Longest value of a character column, 0 for an empty table. */
    long maxLength(String table, String column);

    /** How many distinct values of the columns occur more than once (NULLs ignored). */
    long duplicateGroups(String table, List<String> columns);

    /** Rows of {@code table} whose non-NULL {@code columns} match no row of {@code refTable(refColumns)}. */
    long orphans(String table, List<String> columns, String refTable, List<String> refColumns);

    /** A probe for plans of schemas that hold no data (e.g. offline plans). */
    static DataProbe empty() {
        return new Uniform(0, 0);
    }

    /**
     * A probe for plans on paper of a populated database whose data fits the target: every table has rows, every
     * column values, no NULLs, short values, no duplicates, no orphans. What blocks such a plan blocks any
     * populated database, whatever its data.
     */
    static DataProbe populated() {
        return new Uniform(10, 1);
    }

    /** Every table with the same number of rows, every column filled with values of one length, all distinct. */
    class Uniform implements DataProbe {
        private final long rows;
        private final long length;

        public Uniform(long rows, long length) {
            this.rows = rows;
            this.length = length;
        }

        public long rowCount(String table) {
            return rows;
        }

        public long valueCount(String table, String column) {
            return rows;
        }

        public long nullCount(String table, String column) {
            return 0;
        }

        public long maxLength(String table, String column) {
            return length;
        }

        public long duplicateGroups(String table, List<String> columns) {
            return 0;
        }

        public long orphans(String table, List<String> columns, String refTable, List<String> refColumns) {
            return 0;
        }
    }
}
