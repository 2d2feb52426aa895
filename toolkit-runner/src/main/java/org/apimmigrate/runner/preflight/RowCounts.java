package org.apimmigrate.runner.preflight;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.apimmigrate.dialect.common.RawSql;
import org.apimmigrate.dialect.common.SchemaTables;

/** Row counts of the tables the estimates use, where the database has them. */
final class RowCounts {

    private RowCounts() {
    }

    /**
     * One query for all the tables (a count per branch of a UNION ALL, numbered), not a round trip per table; run as
     * written ({@link RawSql}): it has no parameters for JDBI to look for.
     */
    static Map<String, Long> of(Handle h, Set<String> wanted) {
        Set<String> present = tables(h);
        List<String> counted = wanted.stream().filter(present::contains).toList();
        Map<String, Long> out = new LinkedHashMap<>();
        if (counted.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < counted.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(", COUNT(*) FROM ")
                    .append(counted.get(i));
        }
        Map<Integer, Long> byBranch = new HashMap<>();
        RawSql.query(h, sql.toString()).map((rs, c) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .forEach(e -> byBranch.put(e.getKey(), e.getValue()));
        for (int i = 0; i < counted.size(); i++) {
            out.put(counted.get(i), byBranch.get(i));
        }
        return out;
    }

    private static Set<String> tables(Handle h) {
        Set<String> out = new HashSet<>();
        SchemaTables.names(h).forEach(t -> out.add(t.toUpperCase(Locale.ROOT)));
        return out;
    }
}
