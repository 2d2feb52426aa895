package org.apimmigrate.dialect.oracle;

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

/** Oracle: wires the small parts of this package together. */
public final class OracleVendor implements Vendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("oracle"), "oracle.jdbc.driver.OracleDriver", "SELECT 1 FROM DUAL",
            DriverSettings.IN_GUIDE_EXAMPLE, List.of("ojdbc*.jar"),
            List.of(UrlPrefix.own("jdbc:oracle:")), false);

    private final VendorRecognizer recognizer = new OracleRecognizer();
    private final StatementSplitter splitter = new OracleStatementSplitter();
    private final MigrationLock lock = new OracleLock();
    private final CatalogReader catalog = new OracleCatalog();
    private final DdlDialect ddl = new OracleDdl();
    private final ModelTranslator translator = ModelTranslator.identity();

    @Override
    public String id() {
        return "oracle";
    }

    @Override
    public String displayName() {
        return "Oracle";
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
        return OracleCapabilities.CAPABILITIES;
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
