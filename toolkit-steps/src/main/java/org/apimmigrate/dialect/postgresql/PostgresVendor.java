package org.apimmigrate.dialect.postgresql;

import java.util.List;
import org.apimmigrate.api.dialect.Capabilities;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.CatalogReader;
import org.apimmigrate.api.dialect.DdlDialect;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.dialect.ModelTranslator;
import org.apimmigrate.api.dialect.StatementSplitter;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.VendorRecognizer;

/** PostgreSQL: wires the small parts of this package together. */
public final class PostgresVendor implements Vendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("postgre"), "org.postgresql.Driver", "SELECT 1",
            DriverSettings.REQUIRED, List.of("postgresql-*.jar"),
            List.of(UrlPrefix.own("jdbc:postgresql:")), false);

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

    /** The canonical schema models are written in PostgreSQL's catalog vocabulary. */
    @Override
    public boolean canonicalVocabulary() {
        return true;
    }

    @Override
    public ConnectionFacts connection() {
        return CONNECTION;
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
