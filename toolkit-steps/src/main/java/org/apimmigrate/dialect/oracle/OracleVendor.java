package org.apimmigrate.dialect.oracle;

import java.util.List;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.ModelTranslator;
import org.apimmigrate.dialect.common.WiredVendor;

/** Oracle: wires the small parts of this package together. */
public final class OracleVendor extends WiredVendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("oracle"),
            "oracle.jdbc.driver.OracleDriver", "SELECT 1 FROM DUAL",
            DriverSettings.IN_GUIDE_EXAMPLE, List.of("ojdbc*.jar"),
            List.of(UrlPrefix.own("jdbc:oracle:")), false);

    public OracleVendor() {
        super(new Parts("oracle", "Oracle", CONNECTION,
                new OracleRecognizer(), OracleCapabilities.CAPABILITIES, new OracleStatementSplitter(),
                new OracleLock(), new OracleCatalog(), new OracleDdl(), ModelTranslator.identity()));
    }
}
