package org.apimmigrate.verify.registry;

import java.util.stream.Stream;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.junit.jupiter.params.provider.Arguments;

/** PostgreSQL, MySQL (MariaDB) and H2, one embedded engine per vendor (the first PostgreSQL version). */
final class RegistryEngines {

    private RegistryEngines() {
    }

    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("postgresql", "mysql", "h2");
    }
}
