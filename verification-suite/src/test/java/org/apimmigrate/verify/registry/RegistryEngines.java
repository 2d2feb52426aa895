package org.apimmigrate.verify.registry;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.EngineTier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** PostgreSQL, MySQL (MariaDB) and H2, one embedded engine per vendor (the first PostgreSQL version). */
final class RegistryEngines {

    private RegistryEngines() {
    }

    static Stream<Arguments> engines() {
        Set<String> seen = new HashSet<>();
        return EngineMatrix.engines("postgresql", "mysql", "h2").filter(a -> {
            Engine e = (Engine) ((Named<?>) a.get()[0]).getPayload();
            return e.tier() != EngineTier.EMBEDDED || seen.add(e.vendorId());
        });
    }
}
