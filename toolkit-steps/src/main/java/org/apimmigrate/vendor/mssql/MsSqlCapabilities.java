package org.apimmigrate.vendor.mssql;

import org.apimmigrate.api.vendor.Capabilities;

/** What Microsoft SQL Server can do that changes how steps run. */
final class MsSqlCapabilities {

    static final Capabilities CAPABILITIES = new Capabilities(true, 128, true, false);

    private MsSqlCapabilities() {
    }
}
