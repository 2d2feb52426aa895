package org.apimmigrate.verify.certification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * The registry rows the clean-up and the re-index touch, read from SHARED_DB. Taken before and after a migration, two
 * of them show whether the clean-up kept what it must (current versions, rows written without versioning) and removed
 * only what it should (old-version-only rows, orphans, superseded log rows).
 */
final class RegistryState {

    /** An association table and the value table it points at. */
    record Association(String table, String valueTable, String idColumn) {
    }

    static final List<Association> ASSOCIATIONS = List.of(
            new Association("REG_RESOURCE_PROPERTY", "REG_PROPERTY", "REG_PROPERTY_ID"),
            new Association("REG_RESOURCE_TAG", "REG_TAG", "REG_TAG_ID"),
            new Association("REG_RESOURCE_COMMENT", "REG_COMMENT", "REG_COMMENT_ID"),
            new Association("REG_RESOURCE_RATING", "REG_RATING", "REG_RATING_ID"));

    /** An association row: which value it maps to which resource (by version, or by path and name). */
    record Link(String id, String tenant, String version, String pathId, String name) {
        String valueKey() {
            return id + "|" + tenant;
        }
    }

    /** A REG_LOG row as the re-index sees it. */
    record LogRow(long id, String path, String tenant, int action) {
    }

    private static final int DELETE_RESOURCE = 7;

    final Map<String, String> currentVersions = new HashMap<>();
    final Map<String, List<Link>> links = new LinkedHashMap<>();
    final Map<String, Map<String, String>> values = new LinkedHashMap<>();
    final List<LogRow> log = new ArrayList<>();

    static RegistryState read(TestDatabase shared) {
        RegistryState s = new RegistryState();
        try (Connection c = shared.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT REG_VERSION, REG_TENANT_ID, REG_PATH_ID, REG_NAME FROM REG_RESOURCE")) {
                while (rs.next()) {
                    s.currentVersions.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3) + "|" + rs.getString(4));
                }
            }
            for (Association a : ASSOCIATIONS) {
                List<Link> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT " + a.idColumn() + ", REG_TENANT_ID, REG_VERSION, REG_PATH_ID, "
                        + "REG_RESOURCE_NAME FROM " + a.table())) {
                    while (rs.next()) {
                        rows.add(new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
                s.links.put(a.table(), rows);
                s.values.put(a.valueTable(), rowsById(st, a.valueTable()));
            }
            try (ResultSet rs = st.executeQuery("SELECT REG_LOG_ID, REG_PATH, REG_TENANT_ID, REG_ACTION FROM REG_LOG")) {
                while (rs.next()) {
                    s.log.add(new LogRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the registry: " + e.getMessage(), e);
        }
        return s;
    }

    /** Every column of every row of a value table, keyed by (REG_ID, REG_TENANT_ID). */
    private static Map<String, String> rowsById(Statement st, String table) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i).toUpperCase(), rs.getString(i));
                }
                out.put(row.get("REG_ID") + "|" + row.get("REG_TENANT_ID"), row.toString());
            }
        }
        return out;
    }

    boolean isCurrent(Link l) {
        return l.version() != null && currentVersions.containsKey(l.version() + "|" + l.tenant());
    }

    /** The checks of the clean-up and re-index, comparing this state (before) with the state after the migration. */
    List<CheckResult> checkAgainst(RegistryState after) {
        List<CheckResult> out = new ArrayList<>();
        long pathless = 0;
        long orphans = 0;
        long currentExpected = 0;
        long currentKept = 0;
        long oldExpectedGone = 0;
        long oldLeft = 0;
        long plainBefore = 0;
        long plainUnchanged = 0;
        long valuesChanged = 0;
        for (Association a : ASSOCIATIONS) {
            List<Link> afterLinks = after.links.get(a.table());
            Set<String> afterByValue = new HashSet<>();
            Set<Link> afterExact = new HashSet<>(afterLinks);
            for (Link l : afterLinks) {
                afterByValue.add(l.valueKey());
                if (l.pathId() == null) {
                    pathless++;
                }
            }
            orphans += after.values.get(a.valueTable()).keySet().stream().filter(k -> !afterByValue.contains(k)).count();
            for (Link l : links.get(a.table())) {
                if (l.version() == null) {
                    plainBefore++;
                    if (afterExact.contains(l)) {
                        plainUnchanged++;
                    }
                } else if (isCurrent(l)) {
                    currentExpected++;
                    String[] resource = currentVersions.get(l.version() + "|" + l.tenant()).split("\\|", 2);
                    boolean kept = afterLinks.stream().anyMatch(x -> x.valueKey().equals(l.valueKey())
                            && Objects.equals(x.pathId(), resource[0]) && Objects.equals(x.name(), resource[1]));
                    if (kept) {
                        currentKept++;
                        if (!Objects.equals(values.get(a.valueTable()).get(l.valueKey()),
                                after.values.get(a.valueTable()).get(l.valueKey()))) {
                            valuesChanged++;
                        }
                    }
                } else {
                    oldExpectedGone++;
                    if (afterByValue.contains(l.valueKey())) {
                        oldLeft++;
                    }
                }
            }
        }
        out.add(CheckResult.of("registry", "no association row without REG_PATH_ID", pathless == 0,
                Map.of("rows without REG_PATH_ID", pathless), ""));
        out.add(CheckResult.of("registry", "no orphan REG_PROPERTY/REG_TAG/REG_COMMENT/REG_RATING rows", orphans == 0,
                Map.of("orphan value rows", orphans), ""));
        out.add(CheckResult.of("registry", "associations of each current version kept, pointing at the resource",
                currentKept == currentExpected && currentExpected > 0,
                figures("expected", currentExpected, "kept", currentKept), ""));
        out.add(CheckResult.of("registry", "values of kept associations unchanged", valuesChanged == 0,
                Map.of("changed value rows", valuesChanged), ""));
        out.add(CheckResult.of("registry", "associations of old versions only are gone", oldLeft == 0 && oldExpectedGone > 0,
                figures("expected gone", oldExpectedGone, "left", oldLeft), ""));
        out.add(CheckResult.of("registry", "association rows written without versioning unchanged",
                plainUnchanged == plainBefore && plainBefore > 0, figures("before", plainBefore, "unchanged",
                        plainUnchanged), ""));
        out.add(logCheck(after));
        return out;
    }

    /** REG_LOG after the re-index: the newest row of each (path, tenant), none of them a resource deletion. */
    private CheckResult logCheck(RegistryState after) {
        Map<String, LogRow> newest = new HashMap<>();
        for (LogRow r : log) {
            newest.merge(r.path() + "|" + r.tenant(), r, (x, y) -> x.id() >= y.id() ? x : y);
        }
        Set<Long> expected = new HashSet<>();
        newest.values().stream().filter(r -> r.action() != DELETE_RESOURCE).forEach(r -> expected.add(r.id()));
        Set<Long> actual = new HashSet<>();
        after.log.forEach(r -> actual.add(r.id()));
        long perPathViolations = after.log.size() - after.log.stream().map(r -> r.path() + "|" + r.tenant()).distinct()
                .count();
        long deletes = after.log.stream().filter(r -> r.action() == DELETE_RESOURCE).count();
        return CheckResult.of("registry", "REG_LOG holds the newest row per path and tenant, no delete-resource rows",
                actual.equals(expected) && perPathViolations == 0 && deletes == 0 && log.size() > after.log.size(),
                figures("rows before", (long) log.size(), "rows after", (long) after.log.size(), "expected",
                        (long) expected.size(), "delete rows left", deletes),
                actual.equals(expected) ? "" : "kept rows differ from the newest row per path and tenant");
    }

    private static Map<String, Object> figures(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }
}
