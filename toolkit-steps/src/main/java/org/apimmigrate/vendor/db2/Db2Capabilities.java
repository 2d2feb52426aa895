package org.apimmigrate.vendor.db2;

import org.apimmigrate.api.vendor.Capabilities;

/** What IBM Db2 can do that changes how steps run. */
final class Db2Capabilities {

    static final Capabilities CAPABILITIES = new Capabilities(true, 128, false, false);

    private Db2Capabilities() {
    }
}
