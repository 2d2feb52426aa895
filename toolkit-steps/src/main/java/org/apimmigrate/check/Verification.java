package org.apimmigrate.check;

import java.util.ArrayList;
import java.util.List;
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
        checks.add(SchemaConformance.apimDb(apimVendor.catalog().snapshot(apimDb), apimVendor, apimDb));
        checks.add(SchemaConformance.registry(sharedVendor.catalog().snapshot(sharedDb), sharedVendor, sharedDb));
        checks.addAll(ApiUuidChecks.run(apimDb));
        checks.addAll(RegistryInvariants.run(sharedDb));
        return new VerificationResult(checks, SchemaConformance.exclusions());
    }
}
