package org.apimmigrate.vendor.h2;

import org.apimmigrate.api.vendor.Capabilities;

/** What H2 can do that changes how steps run. */
final class H2Capabilities {

    static final Capabilities CAPABILITIES = new Capabilities(true, 256, false, false);

    private H2Capabilities() {
    }
}
