package org.apimmigrate.verify.migration;

import java.util.Optional;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.Templates;

/**
 * Generated 3.2.0 databases kept per engine and data for the life of the test JVM, never handed to a test: later
 * fixtures of the same engine and data are copies of them (a file copy on PostgreSQL and H2), where loading the
 * schemas and generating the rows again takes seconds each time. A set-up that acts on the empty databases (the
 * character sets) is always loaded from scratch; one that adds its objects after the data (the user's objects) adds
 * them to the copy. Engines that cannot copy load every fixture, as before.
 */
final class FixtureTemplates {

    private record Key(Engine engine, GeneratorSettings data) {
    }

    private static final Templates<Key, MigrationFixture.Databases> TEMPLATES = new Templates<>();

    private FixtureTemplates() {
    }

    /** A WSO2AM_DB and SHARED_DB of the engine as {@code setup} makes them and {@code data} fills them. */
    static MigrationFixture.Databases databases(Engine engine, GeneratorSettings data, DatabaseSetup setup) {
        if (setup.actsOnEmptyDatabases()) {
            return MigrationFixture.load(engine, empty(engine), data, setup);
        }
        // the set-up's objects come after the data, so WSO2's set-up serves as every other set-up's template
        MigrationFixture.Databases databases = TEMPLATES.get(new Key(engine, data), () -> MigrationFixture.load(engine,
                empty(engine), data, DatabaseSetup.AS_WSO2_DOCUMENTS), t -> copy(engine, t));
        setup.afterData(databases.am(), databases.shared());
        return databases;
    }

    private static MigrationFixture.Databases empty(Engine engine) {
        return new MigrationFixture.Databases(engine.createDatabase("am"), engine.createDatabase("shared"));
    }

    private static Optional<MigrationFixture.Databases> copy(Engine engine, MigrationFixture.Databases source) {
        var am = engine.copyDatabase(source.am(), "am");
        var shared = engine.copyDatabase(source.shared(), "shared");
        return am.isPresent() && shared.isPresent()
                ? Optional.of(new MigrationFixture.Databases(am.get(), shared.get())) : Optional.empty();
    }
}
