package org.apimmigrate.verify.engine;

import java.util.Arrays;
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
