package org.apimmigrate.dialect.h2;

import java.util.List;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.DatabaseFiles;
import org.apimmigrate.api.dialect.InterruptedStatements;
import org.apimmigrate.dialect.common.WiredVendor;

/** H2: wires the small parts of this package together. */
public final class H2Vendor extends WiredVendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("h2"),
            "org.h2.Driver", "SELECT 1",
            DriverSettings.NOT_NEEDED, List.of(),
            List.of(UrlPrefix.own("jdbc:h2:")), true);

    public H2Vendor() {
        this(new H2Ddl());
    }

    private H2Vendor(H2Ddl ddl) {
        super(new Parts("h2", "H2", CONNECTION,
                new H2Recognizer(), H2Capabilities.CAPABILITIES, new H2StatementSplitter(),
                new H2Lock(ddl), new H2Catalog(), ddl, new H2Translator()));
    }

    private final DatabaseFiles files = new H2Files();
    private final InterruptedStatements interruptedStatements = new H2InterruptedAlters();

    @Override
    public InterruptedStatements interruptedStatements() {
        return interruptedStatements;
    }

    @Override
    public DatabaseFiles files() {
        return files;
    }
}
