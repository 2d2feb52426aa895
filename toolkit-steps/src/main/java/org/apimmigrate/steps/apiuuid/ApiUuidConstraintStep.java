package org.apimmigrate.steps.apiuuid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.steps.schema.SchemaConvergenceStep;
import org.apimmigrate.steps.schema.SchemaScope;
import org.apimmigrate.dialect.common.SqlSections;

/**
 * After WSO2's migration client: AM_API.API_UUID takes its unique key, the last difference between the upgraded
 * WSO2AM_DB and a fresh 4.0.0. Every API without a UUID, and every UUID two APIs share, is named before anything
 * changes: a unique key admits neither, and where a vendor's unique key takes one NULL and refuses the second, a
 * single missing UUID would go unnoticed. Where the vendor's 4.0.0 schema has the column NOT NULL (its unique keys
 * take only NOT NULL columns), the pre-client step added it nullable and the plan here makes it NOT NULL first: the
 * deferred key defers the NOT NULL of its column (see {@link org.apimmigrate.schema.plan.PlanHints}). The SQL comes
 * from resources: the checks from {@code steps/api-uuid-constraint/checks.sql}, the DDL from the vendor's change
 * templates.
 */
public final class ApiUuidConstraintStep extends SchemaConvergenceStep {

    public static final String ID = "api-uuid-constraint";
    private static final int LISTED = 50;
    private final SqlSections checks = SqlSections.read("org/apimmigrate/steps/api-uuid-constraint/checks.sql");

    public ApiUuidConstraintStep() {
        super(ID, "AM_API.API_UUID unique key (after WSO2's migration client)", Phase.POST_CLIENT,
                DatabaseRole.APIM_DB, new SchemaScope(KnownSchema.AM_320, KnownSchema.AM_400, n -> true),
                "org/apimmigrate/steps/am-db-schema-upgrade/hints.txt", true, "AM_API");
    }

    @Override
    public List<Finding> check(StepContext ctx) {
        List<Finding> findings = new ArrayList<>();
        var pre = new Journal(ctx.handle(), ctx.vendor()).find(SchemaConvergenceStep.AM_DB_SCHEMA_UPGRADE);
        if (pre.isEmpty()) {
            // never run here: a database already at 4.0.0 (or not WSO2's at all) gets the pre-client phase's answer
            switch (state(ctx)) {
                case TARGET -> findings.add(alreadyMigrated());
                case NOT_THIS_SCHEMA -> findings.add(notThisSchema());
                default -> { }
            }
            if (!findings.isEmpty()) {
                return findings;
            }
        }
        if (pre.isEmpty() || !pre.get().finished()) {
            findings.add(Finding.blocker(FindingCode.PRE_CLIENT_NOT_DONE, "The pre-client phase has not finished on this "
                    + "WSO2AM_DB (" + pre.map(JournalEntry::status).map(Object::toString).orElse("never run") + ").",
                    "Run `apim-migrate migrate --phase pre-client` first, then WSO2's migration client."));
            return findings;
        }
        List<Map<String, Object>> missing = ctx.handle().createQuery(checks.require("missing").get(0)).mapToMap()
                .list();
        if (!missing.isEmpty()) {
            findings.add(Finding.blocker(FindingCode.API_UUID_MISSING, missing.size() + " API(s) have no API_UUID, so the "
                    + "unique key cannot be added:\n" + list(missing),
                    "WSO2's migration client sets API_UUID from each API's registry artifact. Run it (start the "
                            + "4.0.0 server with -DmigrateFromVersion=3.2.0), or run `apim-migrate repair-api-uuid` "
                            + "to set them from the registry the same way; an API without a registry artifact must be "
                            + "deleted or re-created."));
        }
        List<Map<String, Object>> duplicated = ctx.handle().createQuery(checks.require("duplicated").get(0))
                .mapToMap().list();
        if (!duplicated.isEmpty()) {
            findings.add(Finding.blocker(FindingCode.API_UUID_DUPLICATE, duplicated.size() + " API(s) share an API_UUID "
                    + "with another:\n" + list(duplicated),
                    "Each API must carry the UUID of its own registry artifact (REG_RESOURCE.REG_UUID of "
                            + "/_system/governance/apimgt/applicationdata/provider/<provider>/<name>/<version>/api). "
                            + "`apim-migrate repair-api-uuid --dry-run` lists, per API above, the UUID its artifact "
                            + "has; `apim-migrate repair-api-uuid --fix-duplicates` sets each one that differs to it. "
                            + "By hand: UPDATE AM_API SET API_UUID = '<its artifact's REG_UUID>' WHERE API_PROVIDER = "
                            + "'<provider>' AND API_NAME = '<name>' AND API_VERSION = '<version>'."));
        }
        if (findings.isEmpty()) {
            findings.addAll(super.check(ctx));
        }
        return findings;
    }

    private static String list(List<Map<String, Object>> rows) {
        String listed = rows.stream().limit(LISTED).map(r -> "  - " + value(r, "api_provider") + " / "
                        + value(r, "api_name") + " / " + value(r, "api_version")
                        + (r.keySet().stream().anyMatch("api_uuid"::equalsIgnoreCase)
                        ? " (API_UUID " + value(r, "api_uuid") + ")" : ""))
                .collect(Collectors.joining("\n"));
        return rows.size() > LISTED ? listed + "\n  ... and " + (rows.size() - LISTED) + " more" : listed;
    }

    private static Object value(Map<String, Object> row, String lowerCaseKey) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(lowerCaseKey)).map(Map.Entry::getValue)
                .findFirst().orElse("?");
    }
}
