package org.apimmigrate.schema;

import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.vendor.Vendor;

/**
 * The four real schemas the upgrade moves between, as models per vendor. A vendor with its own catalog dump
 * ({@code org/apimmigrate/schema/<vendor>/<name>.txt}) uses it; the others translate the canonical PostgreSQL model.
 */
public enum KnownSchema {
    AM_320("am320", "WSO2AM_DB of API-M 3.2.0 (carbon-apimgt 6.7.206)"),
    AM_400("am400", "WSO2AM_DB of a fresh API-M 4.0.0 (carbon-apimgt 9.0.174)"),
    SHARED_320("shared460", "SHARED_DB of API-M 3.2.0 (carbon-kernel 4.6.0)"),
    SHARED_400("shared462", "SHARED_DB of a fresh API-M 4.0.0 (carbon-kernel 4.6.2)");

    private static final String CANONICAL_VENDOR = "postgresql";

    private final String resourceName;
    private final String description;

    KnownSchema(String resourceName, String description) {
        this.resourceName = resourceName;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The canonical model: the PostgreSQL catalog dump of the real schema. */
    public Snapshot canonical() {
        return Snapshot.fromResource(path(CANONICAL_VENDOR));
    }

    /** True when the vendor has its own catalog dump of this schema rather than a translation. */
    public boolean hasOwnDump(Vendor vendor) {
        return KnownSchema.class.getClassLoader().getResource(path(vendor.id())) != null;
    }

    /** The schema in the vendor's own vocabulary. */
    public SchemaModel model(Vendor vendor) {
        if (hasOwnDump(vendor)) {
            return SchemaModel.of(Snapshot.fromResource(path(vendor.id())));
        }
        return vendor.translator().translate(SchemaModel.of(canonical()));
    }

    /** The snapshot a freshly loaded schema of this kind shows on the vendor's catalog. */
    public Snapshot expectedSnapshot(Vendor vendor) {
        return model(vendor).toSnapshot();
    }

    private String path(String vendorId) {
        return "org/apimmigrate/schema/" + vendorId + "/" + resourceName + ".txt";
    }

}
