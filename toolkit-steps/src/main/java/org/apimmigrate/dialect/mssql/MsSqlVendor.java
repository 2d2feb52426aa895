package org.apimmigrate.dialect.mssql;

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

/** Microsoft SQL Server: wires the small parts of this package together. */
public final class MsSqlVendor implements Vendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("mssql"), "com.microsoft.sqlserver.jdbc.SQLServerDriver", "SELECT 1",
            DriverSettings.REQUIRED, List.of("mssql-jdbc-*.jar", "sqljdbc*.jar"),
            List.of(UrlPrefix.own("jdbc:sqlserver:"), UrlPrefix.own("jdbc:jtds:sqlserver:")), false);

    private final VendorRecognizer recognizer = new MsSqlRecognizer();
    private final StatementSplitter splitter = new MsSqlStatementSplitter();
    private final MigrationLock lock = new MsSqlLock();
    private final CatalogReader catalog = new MsSqlCatalog();
    private final DdlDialect ddl = new MsSqlDdl();
    private final ModelTranslator translator = ModelTranslator.identity();

    @Override
    public String id() {
        return "mssql";
    }

    @Override
    public String displayName() {
        return "Microsoft SQL Server";
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
        return MsSqlCapabilities.CAPABILITIES;
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
