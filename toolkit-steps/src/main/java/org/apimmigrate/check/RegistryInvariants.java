package org.apimmigrate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.registry.AssociationTables;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.jdbi.v3.core.Handle;

/**
 * What must hold in a registry that API-M 4.0.0 reads with versioning off and re-indexes once: every association
 * row has its path, no value row is left that nothing references, and REG_LOG has one row per path and tenant and
 * no delete-resource rows. The queries ({@code org/apimmigrate/check/registry-invariants.sql}) count offending rows.
 */
public final class RegistryInvariants {

    private static final SqlSections SQL = SqlSections.read("org/apimmigrate/check/registry-invariants.sql");

    private RegistryInvariants() {
    }

    public static List<CheckResult> run(Handle sharedDb) {
        List<CheckResult> out = new ArrayList<>();
        for (AssociationTables t : AssociationTables.ALL) {
            out.add(check(sharedDb, "registry.path-set." + t.association(), "No " + t.association()
                    + " row without REG_PATH_ID", "association-without-path", t.slots(), "row(s) without REG_PATH_ID"));
        }
        for (AssociationTables t : AssociationTables.ALL) {
            out.add(check(sharedDb, "registry.no-orphans." + t.value(), "No " + t.value() + " row that no "
                    + t.association() + " row references", "orphan-values", t.slots(), "unreferenced row(s)"));
        }
        out.add(check(sharedDb, "registry.log.one-row-per-path", "REG_LOG keeps one row per path and tenant",
                "log-duplicates", Map.of(), "path(s) with more than one REG_LOG row"));
        out.add(check(sharedDb, "registry.log.no-deletes", "REG_LOG holds no delete-resource rows (REG_ACTION 7)",
                "log-deletes", Map.of(), "delete-resource row(s)"));
        return out;
    }

    private static CheckResult check(Handle h, String id, String title, String section, Map<String, String> slots,
                                     String what) {
        long count = h.createQuery(SqlResource.fill(SQL.require(section).get(0), slots)).mapTo(Long.class).one();
        return CheckResult.of(id, title, DatabaseRole.SHARED_DB, count == 0 ? List.of() : List.of(count + " " + what));
    }
}
