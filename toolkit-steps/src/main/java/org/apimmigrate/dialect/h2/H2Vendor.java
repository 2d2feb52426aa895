package org.apimmigrate.dialect.h2;

import java.util.List;
import org.apimmigrate.api.dialect.Capabilities;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.CatalogReader;
import org.apimmigrate.api.dialect.DatabaseFiles;
import org.apimmigrate.api.dialect.DdlDialect;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.dialect.ModelTranslator;
import org.apimmigrate.api.dialect.StatementSplitter;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.VendorRecognizer;

/** H2: wires the small parts of this package together. */
public final class H2Vendor implements Vendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("h2"), "org.h2.Driver", "SELECT 1",
            DriverSettings.NOT_NEEDED, List.of(),
            List.of(UrlPrefix.own("jdbc:h2:")), true);

    private final VendorRecognizer recognizer = new H2Recognizer();
    private final StatementSplitter splitter = new H2StatementSplitter();
    private final MigrationLock lock = new H2Lock();
    private final CatalogReader catalog = new H2Catalog();
    private final DdlDialect ddl = new H2Ddl();
    private final ModelTranslator translator = new H2Translator();
    private final DatabaseFiles files = new H2Files();

    @Override
    public String id() {
        return "h2";
    }

    @Override
    public String displayName() {
        return "H2";
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
        return H2Capabilities.CAPABILITIES;
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

    @Override
    public DatabaseFiles files() {
        return files;
    }
}
