package org.apimmigrate.check;

import java.util.List;
import java.util.Map;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.dialect.common.SqlSections;
import org.jdbi.v3.core.Handle;

/** Every API has an API_UUID and no two share one: what the API_UUID unique key and 4.0.0 rely on. */
public final class ApiUuidChecks {

    private static final int LISTED = 20;
    private static final SqlSections SQL = SqlSections.read("org/apimmigrate/steps/api-uuid-constraint/checks.sql");

    private ApiUuidChecks() {
    }

    public static List<CheckResult> run(Handle apimDb) {
        return List.of(
                CheckResult.of("api_uuid.present", "Every API in AM_API has an API_UUID", DatabaseRole.APIM_DB,
                        apis(apimDb, "missing")),
                CheckResult.of("api_uuid.unique", "No two APIs in AM_API share an API_UUID", DatabaseRole.APIM_DB,
                        apis(apimDb, "duplicated")));
    }

    private static List<String> apis(Handle h, String section) {
        List<Map<String, Object>> rows = h.createQuery(SQL.require(section).get(0)).mapToMap().list();
        List<String> out = new java.util.ArrayList<>(rows.stream().limit(LISTED).map(ApiUuidChecks::describe)
                .toList());
        if (rows.size() > LISTED) {
            out.add("... and " + (rows.size() - LISTED) + " more (" + rows.size() + " in all)");
        }
        return out;
    }

    private static String describe(Map<String, Object> row) {
        String api = value(row, "api_provider") + " / " + value(row, "api_name") + " / " + value(row, "api_version");
        Object uuid = value(row, "api_uuid");
        return uuid == null ? api : api + " (API_UUID " + uuid + ")";
    }

    private static Object value(Map<String, Object> row, String lowerCaseKey) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(lowerCaseKey))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
