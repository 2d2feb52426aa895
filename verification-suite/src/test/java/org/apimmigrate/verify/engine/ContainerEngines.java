package org.apimmigrate.verify.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The Testcontainers tier: one container engine per vendor, offered only where Docker is available (asked once per
 * JVM) and, for the MSSQL and DB2 images, only after the user accepted their licence with
 * {@code -Dapim.acceptLicenses=mssql,db2}. Each vendor's container is a singleton in the JVM, whoever asks for it.
 */
final class ContainerEngines {

    private static final Map<String, Supplier<Engine>> FACTORIES = Map.of(
            "postgresql", PostgresContainerEngine::new,
            "mysql", MySqlContainerEngine::new,
            "mssql", MsSqlContainerEngine::new,
            "oracle", OracleContainerEngine::new,
            "db2", Db2ContainerEngine::new);

    /** Vendors whose image starts only with an explicitly accepted licence. */
    private static final Set<String> LICENSED = Set.of("mssql", "db2");

    private static final Map<String, Engine> RUNNING = new ConcurrentHashMap<>();

    private ContainerEngines() {
    }

    /** The vendor's container engine, by key, without starting it; empty when it cannot run here. */
    static Map<String, Supplier<Engine>> forVendor(String vendorId) {
        if (whyUnavailable(vendorId).isPresent()) {
            return Map.of();
        }
        return Map.of("testcontainers:" + vendorId,
                () -> RUNNING.computeIfAbsent(vendorId, v -> FACTORIES.get(v).get()));
    }

    static Optional<String> whyUnavailable(String vendorId) {
        return whyUnavailable(vendorId, DockerAvailability::isAvailable, LicenseAcceptance.fromSystemProperties());
    }

    static Optional<String> whyUnavailable(String vendorId, BooleanSupplier docker, LicenseAcceptance licenses) {
        if (!FACTORIES.containsKey(vendorId)) {
            return Optional.of("no container engine exists for " + vendorId);
        }
        List<String> reasons = new ArrayList<>();
        if (LICENSED.contains(vendorId) && !licenses.accepted(vendorId)) {
            reasons.add("the licence of the " + vendorId + " image was not accepted (-D"
                    + LicenseAcceptance.PROPERTY + "=" + vendorId + ")");
        }
        if (!docker.getAsBoolean()) {
            reasons.add("Docker is not available for Testcontainers");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", reasons));
    }
}
