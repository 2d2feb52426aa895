package org.apimmigrate.vendor.postgresql;

import org.apimmigrate.api.vendor.Capabilities;
import org.apimmigrate.api.vendor.CatalogReader;
import org.apimmigrate.api.vendor.DdlDialect;
import org.apimmigrate.api.vendor.MigrationLock;
import org.apimmigrate.api.vendor.ModelTranslator;
import org.apimmigrate.api.vendor.StatementSplitter;
import org.apimmigrate.api.vendor.Vendor;
import org.apimmigrate.api.vendor.VendorRecognizer;

/** PostgreSQL: wires the small parts of this package together. */
public final class PostgresVendor implements Vendor {

    private final VendorRecognizer recognizer = new PostgresRecognizer();
    private final StatementSplitter splitter = new PostgresStatementSplitter();
    private final MigrationLock lock = new PostgresLock();
    private final CatalogReader catalog = new PostgresCatalog();
    private final DdlDialect ddl = new PostgresDdl();
    private final ModelTranslator translator = new PostgresTranslator();

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public VendorRecognizer recognizer() {
        return recognizer;
    }

    @Override
    public Capabilities capabilities() {
        return PostgresCapabilities.CAPABILITIES;
    }

    @Override
    public StatementSplitter splitter() {
        return splitter;
    }

    @Override
    public MigrationLock lock() {
        return lock;
    }

    @Override
    public CatalogReader catalog() {
        return catalog;
    }

    @Override
    public DdlDialect ddl() {
        return ddl;
    }

    @Override
    public ModelTranslator translator() {
        return translator;
    }
}
