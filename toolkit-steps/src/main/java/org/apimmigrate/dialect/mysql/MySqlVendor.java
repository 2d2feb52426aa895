package org.apimmigrate.dialect.mysql;

import java.util.List;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.CharacterSets;
import org.apimmigrate.api.dialect.TransientRefusals;
import org.apimmigrate.dialect.common.WiredVendor;

/** MySQL / MariaDB: wires the small parts of this package together. */
public final class MySqlVendor extends WiredVendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("mysql"),
            "com.mysql.cj.jdbc.Driver", "SELECT 1",
            DriverSettings.NOT_NEEDED, List.of("mysql-connector-*.jar", "mariadb-java-client-*.jar"),
            List.of(UrlPrefix.own("jdbc:mysql:"), UrlPrefix.own("jdbc:mariadb:", "org.mariadb.jdbc.Driver")), false);

    public MySqlVendor() {
        super(new Parts("mysql", "MySQL / MariaDB", CONNECTION,
                new MySqlRecognizer(), MySqlCapabilities.CAPABILITIES, new MySqlStatementSplitter(),
                new MySqlLock(), new MySqlCatalog(), new MySqlDdl(), new MySqlTranslator()));
    }

    private final CharacterSets characterSets = new MySqlCharacterSets();

    @Override
    public CharacterSets characterSets() {
        return characterSets;
    }

    private final TransientRefusals transientRefusals = new MySqlTransientRefusals();

    @Override
    public TransientRefusals transientRefusals() {
        return transientRefusals;
    }
}
