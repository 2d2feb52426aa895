package org.apimmigrate.verify.schema;

import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.schema.KnownSchema;

/**
 * The reference catalog dumps of the real schemas, as the toolkit ships them (byte-identical copies of
 * {@code pg_am320.txt}, {@code mysql_shared_kernel462.txt}, ...). Lines are compared in sorted order.
 */
final class ReferenceDumps {

    private ReferenceDumps() {
    }

    static Snapshot of(Vendor vendor, KnownSchema schema) {
        String name = switch (schema) {
            case AM_320 -> "am320";
            case AM_400 -> "am400";
            case SHARED_320 -> "shared460";
            case SHARED_400 -> "shared462";
        };
        return Snapshot.fromResource("org/apimmigrate/schema/" + vendor.id() + "/" + name + ".txt");
    }
}
