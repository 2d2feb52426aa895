package org.apimmigrate.check;

import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.dialect.Vendor;
import org.jdbi.v3.core.Handle;

/**
 * Checks a migrated pair of databases: schemas against a fresh 4.0.0, API_UUID uniqueness, what WSO2's client was
 * to write against the registry, the registry's invariants, and nothing lost (each phase's fingerprints). Reads only.
 */
public final class Verification {

    private Verification() {
    }

    public static VerificationResult run(Handle apimDb, Vendor apimVendor, Handle sharedDb, Vendor sharedVendor) {
        return run(apimDb, apimVendor, sharedDb, sharedVendor, false);
    }

    /** @param oneDatabase WSO2AM_DB and SHARED_DB are the same database: its registry tables are not drift */
    public static VerificationResult run(Handle apimDb, Vendor apimVendor, Handle sharedDb, Vendor sharedVendor,
                                         boolean oneDatabase) {
        return run(apimDb, apimVendor, apimVendor.catalog().snapshot(apimDb), sharedDb, sharedVendor,
                sharedVendor.catalog().snapshot(sharedDb), oneDatabase);
    }

    /** @param am WSO2AM_DB's catalog as just read through {@code apimDb}; {@code shared} SHARED_DB's, likewise */
    public static VerificationResult run(Handle apimDb, Vendor apimVendor, Snapshot am, Handle sharedDb,
                                         Vendor sharedVendor, Snapshot shared, boolean oneDatabase) {
        List<CheckResult> checks = new ArrayList<>();
        Snapshot amCompared = oneDatabase ? SchemaConformance.withoutSharedDb(am, apimVendor) : am;
        checks.add(SchemaConformance.apimDb(amCompared, apimVendor, apimDb));
        checks.add(SchemaConformance.registry(shared, sharedVendor, sharedDb));
        checks.add(SchemaConformance.userObjects(amCompared, apimVendor, shared, sharedVendor));
        checks.addAll(ApiUuidChecks.run(apimDb));
        checks.addAll(ClientEffectChecks.run(apimDb, am, sharedDb));
        checks.addAll(RegistryInvariants.run(sharedDb, sharedVendor));
        List<DatabaseData> data = new ArrayList<>();
        data.add(new DatabaseData(DatabaseRole.APIM_DB, DataCheck.compare(apimDb)));
        if (!oneDatabase) {
            data.add(new DatabaseData(DatabaseRole.SHARED_DB, DataCheck.compare(sharedDb)));
        }
        data.forEach(d -> checks.addAll(DataCheck.checks(d.role(), d.phases())));
        return new VerificationResult(checks, SchemaConformance.exclusions(), data);
    }
}
