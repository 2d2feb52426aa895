package org.apimmigrate.api.vendor;

/**
 * Everything the toolkit knows about one database vendor, each part a small object with one job. The core works
 * only through this interface; vendors are found with {@link Vendors}, never named in core code.
 */
public interface Vendor {

    /** Short lower-case id used on the command line and in file names: {@code postgresql}, {@code mysql}, ... */
    String id();

    /** Name for humans: {@code PostgreSQL}, {@code MySQL / MariaDB}, ... */
    String displayName();

    VendorRecognizer recognizer();

    Capabilities capabilities();

    StatementSplitter splitter();

    MigrationLock lock();

    CatalogReader catalog();

    DdlDialect ddl();

    /**
     * Turns a schema model written in the canonical vocabulary (PostgreSQL's catalog, see the reference dumps)
     * into this vendor's vocabulary. Vendors with their own reference model return it untouched.
     */
    ModelTranslator translator();

    /** Where the URL's database file is and how to open it, for vendors whose databases are files. */
    default DatabaseFiles files() {
        return DatabaseFiles.NONE;
    }

    /** How the vendor keeps the user's character sets; {@link CharacterSets#NONE} where its catalog shows none. */
    default CharacterSets characterSets() {
        return CharacterSets.NONE;
    }
}
