package org.apimmigrate.dialect.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.dialect.Vendors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** A lock row left by a killed run on this host is reclaimed on H2; one of a live process still refuses. */
class H2LockTest {

    private final MigrationLock lock = Vendors.require("h2").lock();

    @Test
    void aRowOfAProcessThatIsGoneIsReclaimedALiveOneRefuses() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        try (Handle h = Jdbi.create("jdbc:h2:mem:lock-reclaim;DB_CLOSE_DELAY=-1").open()) {
            lock.acquire(h, "apim-migrate").close();
            String host = InetAddress.getLocalHost().getHostName();
            h.execute("INSERT INTO APIM_MIGRATE_LOCK VALUES ('apim-migrate', 'apim-migrate run of x (pid "
                    + gone.pid() + ")', ?, CURRENT_TIMESTAMP)", host);

            MigrationLock.Held held = lock.acquire(h, "apim-migrate");
            assertThat(h.createQuery("SELECT OWNER FROM APIM_MIGRATE_LOCK").mapTo(String.class).one())
                    .contains("(pid " + ProcessHandle.current().pid() + ")");
            held.close();

            h.execute("INSERT INTO APIM_MIGRATE_LOCK VALUES ('apim-migrate', 'apim-migrate run of x (pid "
                    + ProcessHandle.current().pid() + ")', ?, CURRENT_TIMESTAMP)", host);
            assertThatThrownBy(() -> lock.acquire(h, "apim-migrate"))
                    .isInstanceOf(MigrationLock.LockUnavailableException.class);
            h.execute("UPDATE APIM_MIGRATE_LOCK SET OWNER = 'apim-migrate run of x (pid " + gone.pid()
                    + ")', HOST = 'another-host'");
            assertThatThrownBy(() -> lock.acquire(h, "apim-migrate")).as("another host's run is never reclaimed")
                    .isInstanceOf(MigrationLock.LockUnavailableException.class);
        }
    }
}
