package org.apimmigrate.dialect.db2;

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

/** IBM Db2: wires the small parts of this package together. */
public final class Db2Vendor implements Vendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("db2"), "com.ibm.db2.jcc.DB2Driver", "SELECT 1 FROM SYSIBM.SYSDUMMY1",
            DriverSettings.REQUIRED, List.of("db2jcc*.jar", "jcc-*.jar"),
            List.of(UrlPrefix.own("jdbc:db2:")), false);

    private final VendorRecognizer recognizer = new Db2Recognizer();
    private final StatementSplitter splitter = new Db2StatementSplitter();
    private final MigrationLock lock = new Db2Lock();
    private final CatalogReader catalog = new Db2Catalog();
    private final DdlDialect ddl = new Db2Ddl();
    private final ModelTranslator translator = ModelTranslator.identity();

    @Override
    public String id() {
        return "db2";
    }

    @Override
    public String displayName() {
        return "IBM Db2";
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
        return Db2Capabilities.CAPABILITIES;
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
