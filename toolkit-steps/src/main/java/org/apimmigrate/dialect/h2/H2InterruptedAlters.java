package org.apimmigrate.dialect.h2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.api.dialect.InterruptedStatements;
import org.apimmigrate.dialect.common.SchemaTables;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.jdbi.v3.core.Handle;

/**
 * H2 1.4's copy tables ({@code <T>_COPY_<session>_<n>}) that an ALTER TABLE left when its process died: with the
 * original still there and holding at least the copy's rows, the copy is H2's unfinished work and is dropped (with
 * the duplicate foreign keys H2 had pointed at it); with the original gone, the copy holds the rows, so it takes the
 * original's name back, and its objects lose H2's prefix, as H2's own last step does. A copy holding more rows than
 * its original is not what H2 leaves, so it is left alone (and reads as the user's table), as is a copy of a table
 * the toolkit never alters.
 */
final class H2InterruptedAlters implements InterruptedStatements {

    private static final Pattern COPY = Pattern.compile("(.+)_COPY_[0-9]+_[0-9]+");

    private final SqlSections sql = SqlSections.read("org/apimmigrate/dialect/h2/interrupted-alter.sql");

    @Override
    public List<Leftover> find(Handle handle, Predicate<String> altered) {
        List<Leftover> found = new ArrayList<>();
        for (String copy : handle.createQuery(one("copyTables")).mapTo(String.class).list()) {
            Matcher m = COPY.matcher(copy);
            if (m.matches() && altered.test(m.group(1))) {
                leftover(handle, copy, m.group(1)).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<Leftover> leftover(Handle handle, String copy, String table) {
        long copyRows = rows(handle, copy);
        if (SchemaTables.exists(handle, table)) {
            long tableRows = rows(handle, table);
            if (copyRows > tableRows) {
                return Optional.empty();
            }
            return Optional.of(new Leftover(List.of(copy), Map.of(), copy + ": H2's copy of " + table
                    + " from an ALTER TABLE "
                    + "that a killed run interrupted; " + table + " is intact with its " + tableRows + " row(s) (the "
                    + "copy has " + copyRows + "), so the copy is dropped",
                    List.of(fill("dropCopy", Map.of("copy", quote(copy))))));
        }
        List<String> repair = new ArrayList<>();
        repair.add(fill("renameCopy", Map.of("copy", quote(copy), "table", quote(table))));
        String prefix = copy + "_";
        handle.createQuery(one("prefixedConstraints")).bind("prefix", prefix)
                .map((rs, ctx) -> fill("renameConstraint", Map.of(
                        "table", quote(copy.equals(rs.getString(1)) ? table : rs.getString(1)),
                        "from", quote(rs.getString(2)), "to", quote(rs.getString(2).substring(prefix.length())))))
                .forEach(repair::add);
        handle.createQuery(one("prefixedIndexes")).bind("prefix", prefix)
                .map((rs, ctx) -> fill("renameIndex", Map.of("from", quote(rs.getString(1)),
                        "to", quote(rs.getString(1).substring(prefix.length())))))
                .forEach(repair::add);
        Map<String, String> renamed = new LinkedHashMap<>();
        renamed.put(prefix, "");
        renamed.put(copy, table);
        return Optional.of(new Leftover(List.of(), renamed, copy + ": H2's copy of " + table + " from an ALTER TABLE "
                + "that a killed run interrupted after H2 had dropped " + table + "; the copy holds its " + copyRows
                + " row(s), so it takes the name " + table + " back", repair));
    }

    private long rows(Handle handle, String table) {
        return handle.createQuery(fill("rowCount", Map.of("table", quote(table)))).mapTo(Long.class).one();
    }

    private String fill(String section, Map<String, String> values) {
        return SqlResource.fill(one(section), values);
    }

    private String one(String section) {
        return sql.require(section).get(0);
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
