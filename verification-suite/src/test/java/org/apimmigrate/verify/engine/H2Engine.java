package org.apimmigrate.verify.engine;

import java.nio.file.Path;

/**
 * H2 as itself (never as a stand-in for another vendor), in the version API-M 3.2.0 and 4.0.0 ship: 1.4.199 (FACTS
 * §7), so its files are in the format users have. File databases with AUTO_SERVER, so a runner started as a separate
 * process can open the same database as the test.
 */
final class H2Engine implements Engine {

    private final Path dir = WorkDirectory.of("h2-" + ProcessHandle.current().pid());

    @Override
    public String vendorId() {
        return "h2";
    }

    @Override
    public EngineTier tier() {
        return EngineTier.EMBEDDED;
    }

    @Override
    public String version() {
        return "H2 " + org.h2.engine.Constants.getVersion();
    }

    @Override
    public String origin() {
        return "com.h2database:h2 " + org.h2.engine.Constants.getVersion() + ", the H2 of API-M 3.2.0 and 4.0.0";
    }

    @Override
    public TestDatabase createDatabase(String nameHint) {
        String name = DatabaseNames.next(nameHint);
        String url = "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE";
        // open for the JVM's lifetime (a persistent setting, so other users' URLs need no admin-only option): an H2
        // file closed by its last connection while another connection opens it can come back without its latest changes
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("SET DB_CLOSE_DELAY -1");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create H2 database " + name, e);
        }
        return new TestDatabase(this, name, url, "sa", "");
    }

    /**
     * A copy through H2's online backup ({@code BACKUP TO}): a consistent zip of the open source file, unpacked under
     * the new name before anything opens it.
     */
    @Override
    public java.util.Optional<TestDatabase> copyDatabase(TestDatabase source, String nameHint) {
        String name = DatabaseNames.next(nameHint);
        java.nio.file.Path zip = dir.resolve(name + ".zip");
        try (java.sql.Connection c = source.connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + zip.toAbsolutePath() + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not back up " + source.name(), e);
        }
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    java.nio.file.Files.copy(in, dir.resolve(name + ".mv.db"));
                }
            }
            java.nio.file.Files.delete(zip);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not copy database " + source.name(), e);
        }
        return java.util.Optional.of(new TestDatabase(this, name,
                "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", ""));
    }
}
