package org.apimmigrate.verify.engine;

import java.util.Map;
import java.util.function.Supplier;

/** Testcontainers engines, offered only where Docker is available. */
final class ContainerEngines {

    private ContainerEngines() {
    }

    static Map<String, Supplier<Engine>> forVendor(String vendorId) {
        return Map.of();
    }
}
