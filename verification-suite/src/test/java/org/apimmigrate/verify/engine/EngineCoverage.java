package org.apimmigrate.verify.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which real engines served each vendor in this JVM, or why none did: the facts from which a certification report
 * says "certified on ..." or "not certified here, because ...". {@link Engines} records every engine it hands out
 * and every vendor it has none for; nothing here ever stands in for a missing engine.
 */
public final class EngineCoverage {

    /** One engine that served tests. */
    public record EngineRun(EngineTier tier, String version, String origin, String isolation, String description) {

        static EngineRun of(Engine engine) {
            return new EngineRun(engine.tier(), engine.version(), engine.origin(), engine.isolation(),
                    engine.describe());
        }
    }

    /** A vendor's engines in this run; {@code reasonNotRun} is set exactly when no engine ran. */
    public record VendorCoverage(String vendorId, boolean selected, List<EngineRun> engines, String reasonNotRun) {

        public boolean ran() {
            return !engines.isEmpty();
        }
    }

    private static final Map<String, Map<String, EngineRun>> RAN = new ConcurrentHashMap<>();
    private static final Map<String, String> UNAVAILABLE = new ConcurrentHashMap<>();

    private EngineCoverage() {
    }

    static void ran(Engine engine) {
        RAN.computeIfAbsent(engine.vendorId(), v -> new ConcurrentHashMap<>())
                .computeIfAbsent(engine.describe(), d -> EngineRun.of(engine));
    }

    static void unavailable(String vendorId, String reason) {
        UNAVAILABLE.put(vendorId, reason);
    }

    /** Whether anything asked for an engine in this JVM; a JVM that did not writes no coverage report. */
    static boolean isEmpty() {
        return RAN.isEmpty() && UNAVAILABLE.isEmpty();
    }

    public static VendorCoverage of(String vendorId) {
        List<EngineRun> engines = new ArrayList<>(RAN.getOrDefault(vendorId, Map.of()).values());
        engines.sort((a, b) -> a.description().compareTo(b.description()));
        String reason = null;
        if (engines.isEmpty()) {
            reason = UNAVAILABLE.get(vendorId);
            if (reason == null) {
                reason = Engines.candidates(vendorId).isEmpty() ? Engines.whyUnavailable(vendorId)
                        : "no test in this run used a " + vendorId + " engine";
            }
        }
        return new VendorCoverage(vendorId, Engines.selectedVendors().contains(vendorId), List.copyOf(engines), reason);
    }

    /** Every selected vendor, then any other vendor a test asked for. */
    public static List<VendorCoverage> all() {
        Set<String> vendors = new LinkedHashSet<>(Engines.selectedVendors());
        Engines.ALL_VENDORS.stream().filter(v -> RAN.containsKey(v) || UNAVAILABLE.containsKey(v)).forEach(vendors::add);
        Map<String, VendorCoverage> out = new LinkedHashMap<>();
        vendors.forEach(v -> out.put(v, of(v)));
        return List.copyOf(out.values());
    }
}
