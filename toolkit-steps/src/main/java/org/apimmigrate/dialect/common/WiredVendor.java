package org.apimmigrate.dialect.common;

import org.apimmigrate.api.dialect.CatalogReader;
import org.apimmigrate.api.dialect.Capabilities;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.DdlDialect;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.dialect.ModelTranslator;
import org.apimmigrate.api.dialect.StatementSplitter;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.VendorRecognizer;

/**
 * A vendor wired from its package's small parts: each dialect package names its parts once, in its constructor, and
 * overrides only what sets it apart (database files, character sets).
 */
public abstract class WiredVendor implements Vendor {

    /** The parts every vendor has, each made by the dialect's own class for that job. */
    public record Parts(String id, String displayName, ConnectionFacts connection, VendorRecognizer recognizer,
                        Capabilities capabilities, StatementSplitter splitter, MigrationLock lock,
                        CatalogReader catalog, DdlDialect ddl, ModelTranslator translator) {
    }

    private final Parts parts;

    protected WiredVendor(Parts parts) {
        this.parts = parts;
    }

    @Override
    public final String id() {
        return parts.id();
    }

    @Override
    public final String displayName() {
        return parts.displayName();
    }

    @Override
    public final ConnectionFacts connection() {
        return parts.connection();
    }

    @Override
    public final VendorRecognizer recognizer() {
        return parts.recognizer();
    }

    @Override
    public final Capabilities capabilities() {
        return parts.capabilities();
    }

    @Override
    public final StatementSplitter splitter() {
        return parts.splitter();
    }

    @Override
    public final MigrationLock lock() {
        return parts.lock();
    }

    @Override
    public final CatalogReader catalog() {
        return parts.catalog();
    }

    @Override
    public final DdlDialect ddl() {
        return parts.ddl();
    }

    @Override
    public final ModelTranslator translator() {
        return parts.translator();
    }
}
