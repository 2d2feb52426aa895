package org.apimmigrate.verify.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chooses at run time which real engines a test may use, per vendor, over the three tiers: external JDBC URLs
 * given as system properties, Testcontainers where Docker is available, and the embedded engines. Engines start
 * lazily, once per JVM.
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code apim.vendors}: comma list of vendor ids to test (default: all)</li>
 *   <li>{@code apim.pg.versions}: embedded PostgreSQL binaries versions (default {@code 16.15.0,13.23.0})</li>
 *   <li>{@code apim.external.<vendor>.url|user|password}: an external engine for that vendor</li>
 *   <li>{@code apim.acceptLicenses}: comma list of vendors whose container image licence the user accepts
 *       ({@code mssql}, {@code db2})</li>
 *   <li>{@code apim.image.<vendor>}: another tag of a vendor's container image</li>
 * </ul>
 */
public final class Engines {

    public static final List<String> ALL_VENDORS = List.of("postgresql", "mysql", "h2", "mssql", "oracle", "db2");

    private static final Map<String, Engine> STARTED = new ConcurrentHashMap<>();

    private Engines() {
    }

    /** Vendor ids selected for this run. */
    public static List<String> selectedVendors() {
        String prop = System.getProperty("apim.vendors", "");
        if (prop.isBlank()) {
            return ALL_VENDORS;
        }
        Set<String> wanted = Arrays.stream(prop.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return ALL_VENDORS.stream().filter(wanted::contains).toList();
    }

    /** Every engine factory that could serve the vendor here, by key, without starting any. */
    static Map<String, Supplier<Engine>> candidates(String vendorId) {
        Map<String, Supplier<Engine>> out = new LinkedHashMap<>();
        ExternalEngine.fromSystemProperties(vendorId).ifPresent(e -> out.put(e.key(), () -> e));
        ContainerEngines.forVendor(vendorId).forEach(out::put);
        switch (vendorId) {
            case "postgresql" -> postgresVersions().forEach(v -> out.put("embedded:postgresql:" + v,
                    () -> new EmbeddedPostgresEngine(v)));
            case "mysql" -> out.put("embedded:mysql", MariaDbEngine::new);
            case "h2" -> out.put("embedded:h2", H2Engine::new);
            default -> {
                // MSSQL, Oracle and DB2 have no embedded engine: only containers or external URLs verify them
            }
        }
        return out;
    }

    /**
     * All engines available for the vendor, started (once per JVM). Empty when no real engine exists here; either
     * way it is recorded in {@link EngineCoverage}.
     */
    public static List<Engine> forVendor(String vendorId) {
        List<Engine> engines = new ArrayList<>();
        candidates(vendorId).forEach((key, factory) -> engines.add(STARTED.computeIfAbsent(key, k -> factory.get())));
        record(vendorId, engines);
        return engines;
    }

    /** The preferred single engine for the vendor (external, then container, then embedded), if any. */
    public static Optional<Engine> primary(String vendorId) {
        Optional<Engine> engine = candidates(vendorId).entrySet().stream().findFirst()
                .map(first -> STARTED.computeIfAbsent(first.getKey(), k -> first.getValue().get()));
        record(vendorId, engine.stream().toList());
        return engine;
    }

    private static void record(String vendorId, List<Engine> engines) {
        if (engines.isEmpty()) {
            EngineCoverage.unavailable(vendorId, whyUnavailable(vendorId));
        }
        engines.forEach(EngineCoverage::ran);
    }

    /**
     * Why a vendor has no engine here, tier by tier, for reports that must say so plainly (a vendor without a real
     * engine is never verified on an emulation).
     */
    public static String whyUnavailable(String vendorId) {
        if (!ALL_VENDORS.contains(vendorId)) {
            return "unknown vendor " + vendorId + " (known: " + String.join(", ", ALL_VENDORS) + ")";
        }
        List<String> reasons = new ArrayList<>();
        if (ExternalEngine.fromSystemProperties(vendorId).isEmpty()) {
            reasons.add("no external JDBC URL was given (-Dapim.external." + vendorId + ".url=...)");
        }
        ContainerEngines.whyUnavailable(vendorId).ifPresent(reasons::add);
        if (!hasEmbeddedEngine(vendorId)) {
            reasons.add("no embedded engine exists for " + vendorId);
        }
        return "no real " + vendorId + " engine here: " + String.join("; ", reasons);
    }

    private static boolean hasEmbeddedEngine(String vendorId) {
        return switch (vendorId) {
            case "postgresql" -> !postgresVersions().isEmpty();
            case "mysql", "h2" -> true;
            default -> false;
        };
    }

    static List<String> postgresVersions() {
        return Arrays.stream(System.getProperty("apim.pg.versions", "16.15.0,13.23.0").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
