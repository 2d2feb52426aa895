package org.apimmigrate.api.dialect;

/**
 * Everything the toolkit knows about one database vendor, each part a small object with one job. The core works
 * only through this interface; vendors are found with {@link Vendors}, never named in core code.
 */
public interface Vendor {

    /** Short lower-case id used on the command line and in file names (the vendor package's name). */
    String id();

    /** Name for humans, as the vendor spells its product. */
    String displayName();

    /** What deployment.toml calls the vendor's databases, which driver reaches them and which URLs are theirs. */
    ConnectionFacts connection();

    VendorRecognizer recognizer();

    Capabilities capabilities();

    StatementSplitter splitter();

    MigrationLock lock();

    CatalogReader catalog();

    DdlDialect ddl();

    /**
     * Turns a schema model written in the canonical vocabulary (the catalog of the vendor whose
     * {@link #canonicalVocabulary()} is true, see the reference dumps) into this vendor's vocabulary. Vendors with
     * their own reference model return it untouched.
     */
    ModelTranslator translator();

    /** True for the one vendor whose catalog vocabulary the canonical schema models are written in. */
    default boolean canonicalVocabulary() {
        return false;
    }

    /** Where the URL's database file is and how to open it, for vendors whose databases are files. */
    default DatabaseFiles files() {
        return DatabaseFiles.NONE;
    }

    /** What the engine leaves of its own multi-part statements when a process dies inside one; none by default. */
    default InterruptedStatements interruptedStatements() {
        return InterruptedStatements.NONE;
    }

    /** The refusals worth trying a statement again for; none by default. */
    default TransientRefusals transientRefusals() {
        return TransientRefusals.NONE;
    }

    /** How the vendor keeps the user's character sets; {@link CharacterSets#NONE} where its catalog shows none. */
    default CharacterSets characterSets() {
        return CharacterSets.NONE;
    }
}
