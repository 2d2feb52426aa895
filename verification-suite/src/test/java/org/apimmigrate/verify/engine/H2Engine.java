package org.apimmigrate.verify.engine;

import java.nio.file.Path;

/**
 * H2 as itself (never as a stand-in for another vendor). File databases with AUTO_SERVER, so a runner started as a
 * separate process can open the same database as the test.
 */
final class H2Engine implements Engine {

    private final Path dir = WorkDirectory.of("h2-" + ProcessHandle.current().pid());

    @Override
    public String vendorId() {
        return "h2";
    }

    @Override
    public EngineTier tier() {
        return EngineTier.EMBEDDED;
    }

    @Override
    public String version() {
        return "H2 " + org.h2.engine.Constants.VERSION;
    }

    @Override
    public String origin() {
        return "com.h2database:h2";
    }

    @Override
    public TestDatabase createDatabase(String nameHint) {
        String name = DatabaseNames.next(nameHint);
        String url = "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE";
        return new TestDatabase(this, name, url, "sa", "");
    }

    /**
     * A copy of the database file. Every connection to {@code source} must be closed (the database then closes
     * itself), which holds between the steps of a test.
     */
    @Override
    public java.util.Optional<TestDatabase> copyDatabase(TestDatabase source, String nameHint) {
        TestDatabase copy = createDatabase(nameHint);
        try {
            java.nio.file.Files.copy(dir.resolve(source.name() + ".mv.db"), dir.resolve(copy.name() + ".mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not copy database " + source.name(), e);
        }
        return java.util.Optional.of(copy);
    }
}
