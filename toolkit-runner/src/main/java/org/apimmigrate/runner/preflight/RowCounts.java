package org.apimmigrate.runner.preflight;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.apimmigrate.dialect.common.SchemaTables;

/** Row counts of the tables the estimates use, where the database has them. */
final class RowCounts {

    private RowCounts() {
    }

    static Map<String, Long> of(Handle h, Set<String> wanted) {
        Set<String> present = tables(h);
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : wanted) {
            if (present.contains(table)) {
                out.put(table, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
        }
        return out;
    }

    private static Set<String> tables(Handle h) {
        Set<String> out = new HashSet<>();
        SchemaTables.names(h).forEach(t -> out.add(t.toUpperCase(Locale.ROOT)));
        return out;
    }
}
