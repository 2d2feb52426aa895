package org.apimmigrate.dialect.db2;

import java.util.List;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.ModelTranslator;
import org.apimmigrate.dialect.common.WiredVendor;

/** IBM Db2: wires the small parts of this package together. */
public final class Db2Vendor extends WiredVendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("db2"),
            "com.ibm.db2.jcc.DB2Driver", "SELECT 1 FROM SYSIBM.SYSDUMMY1",
            DriverSettings.REQUIRED, List.of("db2jcc*.jar", "jcc-*.jar"),
            List.of(UrlPrefix.own("jdbc:db2:")), false);

    public Db2Vendor() {
        this(new Db2Ddl());
    }

    private Db2Vendor(Db2Ddl ddl) {
        super(new Parts("db2", "IBM Db2", CONNECTION,
                new Db2Recognizer(), Db2Capabilities.CAPABILITIES, new Db2StatementSplitter(),
                new Db2Lock(ddl), new Db2Catalog(), ddl, ModelTranslator.identity()));
    }
}
