package org.apimmigrate.verify.certification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * AM_API.API_UUID after both phases: each API and API product carries the REG_UUID of its registry artifact (found by
 * its path, as WSO2's client finds it), all distinct, and the engine enforces the unique key.
 */
final class ApiUuidChecks {

    private static final String PROVIDER_ROOT = "/_system/governance/apimgt/applicationdata/provider/";

    private ApiUuidChecks() {
    }

    static List<CheckResult> check(TestDatabase am, TestDatabase shared, Snapshot amSchema) {
        Map<String, String> artifactUuids = artifactUuids(shared);
        int apis = 0;
        int matching = 0;
        Set<String> uuids = new HashSet<>();
        int nulls = 0;
        try (Connection c = am.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT API_PROVIDER, API_NAME, API_VERSION, API_UUID FROM AM_API")) {
            while (rs.next()) {
                apis++;
                String key = rs.getString(1).replace("@", "-AT-") + "/" + rs.getString(2) + "/" + rs.getString(3);
                String uuid = rs.getString(4);
                if (uuid == null) {
                    nulls++;
                } else {
                    uuids.add(uuid);
                }
                if (uuid != null && uuid.equals(artifactUuids.get(key))) {
                    matching++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("APIs and API products", apis);
        figures.put("carrying their artifact's REG_UUID", matching);
        boolean unique = amSchema.lines().stream().anyMatch(l -> l.kind() == SnapshotLine.Kind.CON
                && l.table().equalsIgnoreCase("AM_API") && l.fields().get(1).equals("UNIQUE")
                && l.fields().get(2).equalsIgnoreCase("(API_UUID)"));
        return List.of(
                CheckResult.of("api-uuid", "every API and API product has the REG_UUID of its registry artifact",
                        apis > 0 && matching == apis, figures, ""),
                CheckResult.of("api-uuid", "API_UUIDs are set and distinct", nulls == 0 && uuids.size() == apis,
                        Map.of("NULL", nulls, "distinct", uuids.size()), ""),
                CheckResult.of("api-uuid", "the unique key on AM_API(API_UUID) exists", unique, Map.of(), ""),
                enforced(am, uuids.stream().findFirst().orElse(null)));
    }

    /** A copy of an existing API_UUID is refused, while the same row with a new UUID would be accepted. */
    private static CheckResult enforced(TestDatabase am, String existing) {
        String sql = "INSERT INTO AM_API (API_PROVIDER, API_NAME, API_VERSION, CONTEXT, API_UUID) VALUES (?, ?, ?, ?, ?)";
        boolean freshAccepted;
        boolean duplicateRefused;
        try (Connection c = am.connect()) {
            c.setAutoCommit(false);
            freshAccepted = inserts(c, sql, "cert-a", UUID.randomUUID().toString());
            c.rollback();
            duplicateRefused = existing != null && !inserts(c, sql, "cert-b", existing);
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return CheckResult.of("api-uuid", "the engine refuses a duplicate API_UUID", freshAccepted && duplicateRefused,
                Map.of("row with a new UUID accepted", freshAccepted, "row with a duplicate UUID refused",
                        duplicateRefused), "");
    }

    private static boolean inserts(Connection c, String sql, String name, String uuid) throws SQLException {
        java.sql.Savepoint sp = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "certification");
            ps.setString(2, name);
            ps.setString(3, "1.0.0");
            ps.setString(4, "/" + name + "/1.0.0");
            ps.setString(5, uuid);
            ps.executeUpdate();
            return true;
        } catch (SQLException refused) {
            c.rollback(sp);
            return false;
        }
    }

    /** REG_UUID of each API artifact by "provider-AT-domain/name/version", as its registry path spells it. */
    private static Map<String, String> artifactUuids(TestDatabase shared) {
        Map<String, String> out = new HashMap<>();
        try (Connection c = shared.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT p.REG_PATH_VALUE, r.REG_UUID FROM REG_RESOURCE r JOIN REG_PATH p "
                     + "ON p.REG_PATH_ID = r.REG_PATH_ID AND p.REG_TENANT_ID = r.REG_TENANT_ID WHERE r.REG_NAME = 'api'")) {
            while (rs.next()) {
                String path = rs.getString(1);
                if (path.startsWith(PROVIDER_ROOT)) {
                    out.put(path.substring(PROVIDER_ROOT.length()), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
