package org.apimmigrate.check;

import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.vendor.Vendor;
import org.jdbi.v3.core.Handle;

/**
 * Checks a migrated pair of databases: schemas against a fresh 4.0.0, API_UUID uniqueness and the registry's
 * invariants. Reads only.
 */
public final class Verification {

    private Verification() {
    }

    public static VerificationResult run(Handle apimDb, Vendor apimVendor, Handle sharedDb, Vendor sharedVendor) {
        List<CheckResult> checks = new ArrayList<>();
        Snapshot am = apimVendor.catalog().snapshot(apimDb);
        Snapshot shared = sharedVendor.catalog().snapshot(sharedDb);
        checks.add(SchemaConformance.apimDb(am, apimVendor, apimDb));
        checks.add(SchemaConformance.registry(shared, sharedVendor, sharedDb));
        checks.add(SchemaConformance.userObjects(am, apimVendor, shared, sharedVendor));
        checks.addAll(ApiUuidChecks.run(apimDb));
        checks.addAll(RegistryInvariants.run(sharedDb));
        return new VerificationResult(checks, SchemaConformance.exclusions());
    }
}
