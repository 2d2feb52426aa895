package org.apimmigrate.runner.preflight;

import java.util.List;
import org.apimmigrate.api.finding.RootCause;
import org.apimmigrate.api.dialect.CatalogReader.MissingPrivilege;
import org.apimmigrate.run.PrivilegeFindings;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.jdbi.v3.core.Handle;

/**
 * The privileges the migration needs and the database user lacks, as the vendor's catalog reader finds them (the same
 * check that makes {@code migrate} refuse to start), for the preflight's per-database facts.
 *
 * @param missing what is missing, empty when all is there
 * @param note    why nothing could be checked, empty when it was
 */
record Privileges(List<String> missing, String note) {

    static Privileges of(ConnectedDatabase db) {
        try (Handle h = db.jdbi().open()) {
            List<MissingPrivilege> missing = db.vendor().catalog().missingPrivileges(h);
            return new Privileges(PrivilegeFindings.summarise(missing), "");
        } catch (RuntimeException e) {
            return new Privileges(List.of(), "not checked: " + RootCause.message(e));
        }
    }
}
