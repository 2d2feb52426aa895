package org.apimmigrate.vendor.postgresql;

import org.apimmigrate.api.vendor.Capabilities;

/** What PostgreSQL can do that changes how steps run. */
final class PostgresCapabilities {

    static final Capabilities CAPABILITIES = new Capabilities(true, 63, true, false);

    private PostgresCapabilities() {
    }
}
