package org.apimmigrate.dialect.oracle;

import org.apimmigrate.api.dialect.Capabilities;

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
