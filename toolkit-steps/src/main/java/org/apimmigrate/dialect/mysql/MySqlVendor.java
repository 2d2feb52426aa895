package org.apimmigrate.dialect.mysql;

import java.util.List;
import org.apimmigrate.api.dialect.Capabilities;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.ConnectionFacts.UrlPrefix;
import org.apimmigrate.api.dialect.CharacterSets;
import org.apimmigrate.api.dialect.CatalogReader;
import org.apimmigrate.api.dialect.DdlDialect;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.dialect.ModelTranslator;
import org.apimmigrate.api.dialect.StatementSplitter;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.VendorRecognizer;

/** MySQL / MariaDB: wires the small parts of this package together. */
public final class MySqlVendor implements Vendor {

    /** What deployment.toml and API-M's guide (Step 1.2, 1.4) say about this vendor's databases. */
    static final ConnectionFacts CONNECTION = new ConnectionFacts(List.of("mysql"), "com.mysql.cj.jdbc.Driver", "SELECT 1",
            DriverSettings.NOT_NEEDED, List.of("mysql-connector-*.jar", "mariadb-java-client-*.jar"),
            List.of(UrlPrefix.own("jdbc:mysql:"), UrlPrefix.own("jdbc:mariadb:")), false);

    private final VendorRecognizer recognizer = new MySqlRecognizer();
    private final StatementSplitter splitter = new MySqlStatementSplitter();
    private final MigrationLock lock = new MySqlLock();
    private final CatalogReader catalog = new MySqlCatalog();
    private final DdlDialect ddl = new MySqlDdl();
    private final ModelTranslator translator = new MySqlTranslator();
    private final CharacterSets characterSets = new MySqlCharacterSets();

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public String displayName() {
        return "MySQL / MariaDB";
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
        return MySqlCapabilities.CAPABILITIES;
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
    public CharacterSets characterSets() {
        return characterSets;
    }
}
