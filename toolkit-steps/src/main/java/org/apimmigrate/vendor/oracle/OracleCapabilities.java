package org.apimmigrate.vendor.oracle;

import org.apimmigrate.api.vendor.Capabilities;

/** What Oracle can do that changes how steps run. */
final class OracleCapabilities {

    static final Capabilities CAPABILITIES = new Capabilities(false, 128, true, false);

    private OracleCapabilities() {
    }
}
