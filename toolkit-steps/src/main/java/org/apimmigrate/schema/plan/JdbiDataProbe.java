package org.apimmigrate.schema.plan;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;

/**
 * {@link DataProbe} in plain SQL that every vendor runs the same way; string length goes through the JDBC escape
 * {@code {fn LENGTH(...)}} so that no vendor needs its own spelling. Names are the schema's upper-case names.
 */
public final class JdbiDataProbe implements DataProbe {

    private final Handle handle;

    public JdbiDataProbe(Handle handle) {
        this.handle = handle;
    }

    private long count(String sql) {
        Long value = handle.createQuery(sql).mapTo(Long.class).one();
        return value == null ? 0 : value;
    }

    @Override
    public long rowCount(String table) {
        return count("SELECT COUNT(*) FROM " + table);
    }

    @Override
    public long valueCount(String table, String column) {
        return count("SELECT COUNT(" + column + ") FROM " + table);
    }

    @Override
    public long nullCount(String table, String column) {
        return count("SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NULL");
    }

    @Override
    public long maxLength(String table, String column) {
        return count("SELECT COALESCE(MAX({fn LENGTH(" + column + ")}), 0) FROM " + table);
    }

    @Override
    public long duplicateGroups(String table, List<String> columns) {
        String cols = String.join(", ", columns);
        String notNull = columns.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return count("SELECT COUNT(*) FROM (SELECT " + cols + " FROM " + table + " WHERE " + notNull
                + " GROUP BY " + cols + " HAVING COUNT(*) > 1) dup");
    }

    @Override
    public long orphans(String table, List<String> columns, String refTable, List<String> refColumns) {
        String join = IntStream.range(0, columns.size())
                .mapToObj(i -> "r." + refColumns.get(i) + " = t." + columns.get(i)).collect(Collectors.joining(" AND "));
        String notNull = columns.stream().map(c -> "t." + c + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return count("SELECT COUNT(*) FROM " + table + " t WHERE " + notNull + " AND NOT EXISTS (SELECT 1 FROM "
                + refTable + " r WHERE " + join + ")");
    }
}
