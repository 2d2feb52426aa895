package org.apimmigrate.verify.engine;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Runs an IT once per real engine of each selected vendor ({@code -Dapim.vendors}), for {@code @MethodSource}:
 * <pre>{@code
 * static Stream<Arguments> databases() { return EngineMatrix.databases("upgrade"); }
 *
 * @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
 * @MethodSource("databases")
 * void upgrades(TestDatabase db) { ... }
 * }</pre>
 * Each argument is named {@code postgresql on PostgreSQL 16.15 (embedded: ...)}. A selected vendor without a real
 * engine here yields nothing (it is never emulated) and is recorded in {@link EngineCoverage} with the reason;
 * {@code allowZeroInvocations} keeps such a run green, e.g. {@code -Dapim.vendors=db2} without Docker.
 */
public final class EngineMatrix {

    private EngineMatrix() {
    }

    /** A new, empty database per engine of each selected vendor, or of those of {@code vendorIds} that are selected. */
    public static Stream<Arguments> databases(String nameHint, String... vendorIds) {
        return available(vendorIds).map(engine -> Arguments.of(Named.of(label(engine), engine.createDatabase(nameHint))));
    }

    /** Each engine of each selected vendor, or of those of {@code vendorIds} that are selected. */
    public static Stream<Arguments> engines(String... vendorIds) {
        return available(vendorIds).map(engine -> Arguments.of(Named.of(label(engine), engine)));
    }

    /** As {@link #engines(String...)}, keeping only the engines {@code keep} accepts. */
    public static Stream<Arguments> engines(Predicate<Engine> keep, String... vendorIds) {
        return available(vendorIds).filter(keep).map(engine -> Arguments.of(Named.of(label(engine), engine)));
    }

    /**
     * As {@link #engines(String...)}, with one embedded engine per vendor (the first: one PostgreSQL version), for
     * tests whose cost makes a second embedded version of the same vendor add little; other tiers all run.
     */
    public static Stream<Arguments> enginesOneEmbeddedPerVendor(String... vendorIds) {
        Set<String> seen = new HashSet<>();
        return engines(e -> e.tier() != EngineTier.EMBEDDED || seen.add(e.vendorId()), vendorIds);
    }

    static String label(Engine engine) {
        return engine.vendorId() + " on " + engine.describe();
    }

    /** Lazily, so engines start and databases are made as the tests come to them. */
    private static Stream<Engine> available(String... vendorIds) {
        List<String> wanted = Arrays.asList(vendorIds);
        return Engines.selectedVendors().stream()
                .filter(v -> wanted.isEmpty() || wanted.contains(v))
                .flatMap(v -> Engines.forVendor(v).stream());
    }
}
