package org.apimmigrate.dialect.mssql;

import org.apimmigrate.api.dialect.Capabilities;

/** What Microsoft SQL Server can do that changes how steps run. */
final class MsSqlCapabilities {

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .transactionalDdl(true)
            .maxIdentifierLength(128)
            .nativeLock(true)
            .foreignKeysNeedIndex(false)
            .build();

    private MsSqlCapabilities() {
    }
}
