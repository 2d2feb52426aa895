package org.apimmigrate.verify.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apimmigrate.api.dialect.LockLeftBehindException;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.dialect.MigrationLock.Held;
import org.apimmigrate.api.dialect.MigrationLock.LockUnavailableException;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.Engines;
import org.apimmigrate.verify.engine.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration lock on every real engine available here: a second run (another connection) is refused at once
 * with a message that says what to do; after release it gets the lock; a native lock dies with its session, a lock
 * row stays until the statement the message names clears it.
 */
class MigrationLockIT {

    private static final String NAME = "apim-migrate";
    /** "At once": far below any lock wait an engine would apply. */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    static Stream<Engine> engines() {
        List<Engine> engines = Engines.selectedVendors().stream().flatMap(v -> Engines.forVendor(v).stream()).toList();
        Assumptions.assumeFalse(engines.isEmpty(), "no engine selected");
        return engines.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void secondRunIsRefusedAtOnceAndGetsTheLockAfterRelease(Engine engine) {
        TestDatabase db = engine.createDatabase("lock");
        MigrationLock lock = vendor(engine).lock();
        try (Handle first = db.jdbi().open(); Handle second = db.jdbi().open()) {
            Held held = lock.acquire(first, NAME);

            long started = System.nanoTime();
            assertThatThrownBy(() -> lock.acquire(second, NAME))
                    .isInstanceOf(LockUnavailableException.class)
                    .hasMessageContaining("Another apim-migrate run holds the migration lock 'apim-migrate'")
                    .hasMessageContaining("wait until the other run has finished");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);

            held.close();
            lock.acquire(second, NAME).close();
            lock.acquire(first, NAME).close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void commitsAndRollbacksOfTheHolderKeepTheLock(Engine engine) {
        TestDatabase db = engine.createDatabase("lock");
        MigrationLock lock = vendor(engine).lock();
        try (Handle first = db.jdbi().open(); Handle second = db.jdbi().open()) {
            try (Held held = lock.acquire(first, NAME)) {
                first.useTransaction(h -> h.execute("CREATE TABLE LOCK_PROBE (ID INTEGER)"));
                first.useTransaction(h -> {
                    h.execute("INSERT INTO LOCK_PROBE (ID) VALUES (1)");
                    h.rollback();
                });
                assertThatThrownBy(() -> lock.acquire(second, NAME)).isInstanceOf(LockUnavailableException.class);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aNativeLockDiesWithItsSession(Engine engine) {
        Vendor vendor = vendor(engine);
        Assumptions.assumeTrue(vendor.capabilities().nativeLock(), vendor.displayName() + " uses a lock row");
        TestDatabase db = engine.createDatabase("lock");
        MigrationLock lock = vendor.lock();
        try (Handle second = db.jdbi().open()) {
            Handle dying = db.jdbi().open();
            lock.acquire(dying, NAME); // never released: the run "dies"
            assertThatThrownBy(() -> lock.acquire(second, NAME)).isInstanceOf(LockUnavailableException.class)
                    .hasMessageContaining("nothing needs to be cleared by hand");

            dying.close();

            // the server notices the closed session within moments
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .ignoreException(LockUnavailableException.class)
                    .until(() -> {
                        lock.acquire(second, NAME).close();
                        return true;
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aLockRowLeftByAKilledRunIsClearedByTheStatementTheMessageNames(Engine engine) {
        Vendor vendor = vendor(engine);
        Assumptions.assumeFalse(vendor.capabilities().nativeLock(), vendor.displayName() + " has a native lock");
        TestDatabase db = engine.createDatabase("lock");
        MigrationLock lock = vendor.lock();
        try (Handle second = db.jdbi().open()) {
            Handle dying = db.jdbi().open();
            lock.acquire(dying, NAME);
            dying.close(); // killed: the row stays

            String clear = "DELETE FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = 'apim-migrate'";
            assertThatThrownBy(() -> lock.acquire(second, NAME)).isInstanceOf(LockLeftBehindException.class)
                    .hasMessageContaining("a killed run leaves its lock row behind")
                    .hasMessageContaining("apim-migrate run of " + System.getProperty("user.name"))
                    .hasMessageEndingWith("clear the lock with: " + clear)
                    .extracting(e -> ((LockLeftBehindException) e).clearStatement()).isEqualTo(clear);

            assertThat(second.execute(clear)).isEqualTo(1);
            lock.acquire(second, NAME).close();
            assertThat(second.createQuery("SELECT COUNT(*) FROM APIM_MIGRATE_LOCK").mapTo(Integer.class).one())
                    .isZero();
        }
    }

    private static Vendor vendor(Engine engine) {
        return Vendors.require(engine.vendorId());
    }
}
