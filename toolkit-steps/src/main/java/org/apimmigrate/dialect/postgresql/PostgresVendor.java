package org.apimmigrate.dialect.postgresql;

import java.util.List;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.dialect.common.WiredVendor;

/** PostgreSQL: wires the small parts of this package together. */
public final class PostgresVendor extends WiredVendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("postgre"),
            "org.postgresql.Driver", "SELECT 1",
            DriverSettings.REQUIRED, List.of("postgresql-*.jar"),
            List.of(UrlPrefix.own("jdbc:postgresql:")), false);

    public PostgresVendor() {
        super(new Parts("postgresql", "PostgreSQL", CONNECTION,
                new PostgresRecognizer(), PostgresCapabilities.CAPABILITIES, new PostgresStatementSplitter(),
                new PostgresLock(), new PostgresCatalog(), new PostgresDdl(), new PostgresTranslator()));
    }

    /** The canonical schema models are written in PostgreSQL's catalog vocabulary. */
    @Override
    public boolean canonicalVocabulary() {
        return true;
    }
}
