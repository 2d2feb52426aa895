package org.apimmigrate.vendor.mysql;

import org.apimmigrate.api.vendor.Capabilities;

/** What MySQL / MariaDB can do that changes how steps run. */
final class MySqlCapabilities {

    static final Capabilities CAPABILITIES = new Capabilities(false, 64, true, true);

    private MySqlCapabilities() {
    }
}
