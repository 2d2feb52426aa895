package org.apimmigrate.vendor.oracle;

import org.apimmigrate.api.vendor.Capabilities;

/** What Oracle can do that changes how steps run. */
final class OracleCapabilities {

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .transactionalDdl(false)
            .maxIdentifierLength(128)
            .nativeLock(true)
            .foreignKeysNeedIndex(false)
            .uniqueOverPrimaryKeyColumns(false)
            .build();

    private OracleCapabilities() {
    }
}
