package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.api.step.ProgressListener;
import org.apimmigrate.api.step.StatementRunner;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.steps.common.PlanExecution;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A step whose groups run on two connections. Interrupted while the session's connection waits for the other one, it
 * returns only once the other connection has stopped (before its next statement, its group rolled back where the
 * vendor's DDL is transactional), so nothing of the step still runs when the run records the failure. It tells the run
 * as soon as one connection has no group left.
 */
class GroupsApartIT {

    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("postgresql", "mysql");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void anInterruptWaitsForTheOtherConnectionToStop(Engine engine) throws Exception {
        TestDatabase db = engine.createDatabase("groups_apart");
        Vendor vendor = Vendors.require(engine.vendorId());
        CountDownLatch otherStarted = new CountDownLatch(1);
        CountDownLatch releaseOther = new CountDownLatch(1);
        try (Handle mine = db.jdbi().open(); Handle other = db.jdbi().open()) {
            StepPlan plan = twoGroups(mine, "GA");
            StatementRunner holding = holding(other, otherStarted, releaseOther);
            // the session's connection starts its group only once the other one holds: else, quicker to the queue, it
            // could take both groups and leave the other connection nothing to hold
            AtomicInteger sessionRan = new AtomicInteger();
            StatementRunner afterOther = sql -> {
                awaitQuietly(otherStarted);
                long rows = mine.execute(sql);
                sessionRan.incrementAndGet();
                return rows;
            };
            Context otherContext = new Context(other, vendor, holding, Optional.empty());
            Context session = new Context(mine, vendor, afterOther, Optional.of(otherContext));

            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread run = new Thread(() -> {
                try {
                    PlanExecution.runGroupsApart(session, "groups-apart", plan, false);
                } catch (Throwable t) {
                    thrown.set(t);
                }
            }, "groups-apart run");
            run.start();
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> otherStarted.getCount() == 0
                        && sessionRan.get() == 2 && run.getState() == Thread.State.WAITING);
                run.interrupt();
                await("the run still waits for the other connection").during(Duration.ofMillis(500))
                        .atMost(Duration.ofSeconds(5)).until(run::isAlive);
            } finally {
                releaseOther.countDown();
            }
            run.join(30_000);

            assertThat(run.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("Interrupted");
            long one = count(mine, "GA_ONE");
            long two = count(mine, "GA_TWO");
            assertThat(List.of(one, two)).as("the session's group done, the other stopped after one statement")
                    .containsExactlyInAnyOrder(2L, vendor.capabilities().transactionalDdl() ? 0L : 1L);
        }
    }

    /**
     * The run holds back a digest while a step keeps two connections busy: the step says so as soon as one of them runs
     * out of groups, while the other still works, not only at its end.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void aConnectionOutOfWorkIsToldWhileTheOtherStillRuns(Engine engine) throws Exception {
        TestDatabase db = engine.createDatabase("groups_apart_free");
        Vendor vendor = Vendors.require(engine.vendorId());
        CountDownLatch otherStarted = new CountDownLatch(1);
        CountDownLatch releaseOther = new CountDownLatch(1);
        CountDownLatch freed = new CountDownLatch(1);
        AtomicInteger toldWhileBothBusy = new AtomicInteger();
        try (Handle mine = db.jdbi().open(); Handle other = db.jdbi().open()) {
            StepPlan plan = twoGroups(mine, "GF");
            StatementRunner holding = holding(other, otherStarted, releaseOther);
            StatementRunner afterOther = sql -> {
                awaitQuietly(otherStarted);
                if (freed.getCount() == 0) {
                    toldWhileBothBusy.incrementAndGet();
                }
                return mine.execute(sql);
            };
            Context otherContext = new Context(other, vendor, holding, Optional.empty());
            Context session = new Context(mine, vendor, afterOther, Optional.of(otherContext), freed::countDown);

            Thread run = new Thread(() -> PlanExecution.runGroupsApart(session, "groups-apart", plan, false),
                    "groups-apart run");
            run.start();
            try {
                await("told once the session's connection has no group left").atMost(Duration.ofSeconds(30))
                        .until(() -> freed.getCount() == 0);
                assertThat(run.isAlive()).as("the other connection still holds its group").isTrue();
            } finally {
                releaseOther.countDown();
            }
            run.join(30_000);
            assertThat(run.isAlive()).isFalse();
            assertThat(toldWhileBothBusy).as("not told while both connections had work").hasValue(0);
            assertThat(List.of(count(mine, "GF_ONE"), count(mine, "GF_TWO"))).containsExactly(2L, 2L);
        }
    }

    /** Two tables, and a plan of two groups, each inserting two rows into one of them. */
    private static StepPlan twoGroups(Handle on, String prefix) {
        List<StepPlan.Action> actions = Stream.of("ONE", "TWO").map(t -> {
            String table = prefix + "_" + t;
            on.execute("CREATE TABLE " + table + " (ID INT NOT NULL PRIMARY KEY)");
            return new StepPlan.Action(t.toLowerCase(Locale.ROOT), List.of("INSERT INTO " + table + " VALUES (1)",
                    "INSERT INTO " + table + " VALUES (2)"), t.toLowerCase(Locale.ROOT));
        }).toList();
        return new StepPlan(actions, List.of());
    }

    /** The other connection runs its group's first statement, then holds (a long statement) until released. */
    private static StatementRunner holding(Handle other, CountDownLatch started, CountDownLatch release) {
        return sql -> {
            long rows = other.execute(sql);
            started.countDown();
            awaitQuietly(release);
            return rows;
        };
    }

    private static long count(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A step's context as the run gives it, on a given connection and runner. */
    private record Context(Handle handle, Vendor vendor, StatementRunner statements,
                           Optional<StepContext> second, Runnable onFree) implements StepContext {
        Context(Handle handle, Vendor vendor, StatementRunner statements, Optional<StepContext> second) {
            this(handle, vendor, statements, second, () -> { });
        }

        @Override
        public MigrationOptions options() {
            return MigrationOptions.defaults();
        }

        @Override
        public ProgressListener progress() {
            return ProgressListener.NONE;
        }

        @Override
        public Optional<StepContext> alongside() {
            return second;
        }

        @Override
        public void sideBySideDone() {
            onFree.run();
        }
    }
}
