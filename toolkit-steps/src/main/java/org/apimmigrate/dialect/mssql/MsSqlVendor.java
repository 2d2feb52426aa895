package org.apimmigrate.dialect.mssql;

import java.util.List;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.ModelTranslator;
import org.apimmigrate.dialect.common.WiredVendor;

/** Microsoft SQL Server: wires the small parts of this package together. */
public final class MsSqlVendor extends WiredVendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("mssql"),
            "com.microsoft.sqlserver.jdbc.SQLServerDriver", "SELECT 1",
            DriverSettings.REQUIRED, List.of("mssql-jdbc-*.jar", "sqljdbc*.jar"),
            List.of(UrlPrefix.own("jdbc:sqlserver:"),
                    UrlPrefix.own("jdbc:jtds:sqlserver:", "net.sourceforge.jtds.jdbc.Driver")), false);

    public MsSqlVendor() {
        super(new Parts("mssql", "Microsoft SQL Server", CONNECTION,
                new MsSqlRecognizer(), MsSqlCapabilities.CAPABILITIES, new MsSqlStatementSplitter(),
                new MsSqlLock(), new MsSqlCatalog(), new MsSqlDdl(), ModelTranslator.identity()));
    }
}
