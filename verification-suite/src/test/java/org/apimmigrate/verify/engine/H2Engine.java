package org.apimmigrate.verify.engine;

import java.nio.file.Path;

/**
 * H2 as itself (never as a stand-in for another vendor). File databases with AUTO_SERVER, so a runner started as a
 * separate process can open the same database as the test.
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
        return "H2 " + org.h2.engine.Constants.VERSION;
    }

    @Override
    public String origin() {
        return "com.h2database:h2";
    }

    @Override
    public TestDatabase createDatabase(String nameHint) {
        String name = DatabaseNames.next(nameHint);
        // open for the JVM's lifetime (DB_CLOSE_DELAY=-1): an H2 file closed by its last connection while another
        // connection opens it can come back without its latest changes; a small cache keeps many open ones cheap
        String url = "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath()
                + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1;CACHE_SIZE=8192";
        return new TestDatabase(this, name, url, "sa", "");
    }
}
