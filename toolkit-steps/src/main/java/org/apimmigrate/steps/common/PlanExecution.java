package org.apimmigrate.steps.common;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;

/** Runs a step's plan action by action through the context's statement runner, counting rows and reporting progress. */
public final class PlanExecution {

    private PlanExecution() {
    }

    /**
     * @param reportRows whether an action's changed rows go into the outcome's notes (data steps: yes; DDL: only row
     *                   removals, which the caller words itself)
     */
    public static StepOutcome run(StepContext ctx, String stepId, StepPlan plan, boolean reportRows) {
        Tally tally = new Tally(ctx, stepId, plan);
        for (int i = 0; i < plan.actions().size(); i++) {
            tally.run(ctx, i);
        }
        return tally.outcome(reportRows);
    }

    /**
     * The same for a step whose groups run apart ({@link org.apimmigrate.api.step.Step#groupsApart}): each group of
     * actions ({@link StepPlan.Action#group}) in a transaction of its own where the vendor's DDL is transactional, the
     * groups shared between the context's connection and its second one ({@link StepContext#alongside}), each taking
     * the next group in plan order as it finishes one: the groups touch different tables, and the engine runs most
     * statements on one core. On one connection where the context has no second one or the plan fewer than two
     * groups; actions of no group make the whole plan one group. Once a statement fails, the other connection stops
     * before its next one (rolling its group back where it is in a transaction); the first failure is thrown once both
     * have stopped.
     */
    public static StepOutcome runGroupsApart(StepContext ctx, String stepId, StepPlan plan, boolean reportRows) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < plan.actions().size(); i++) {
            groups.computeIfAbsent(plan.actions().get(i).group(), g -> new ArrayList<>()).add(i);
        }
        if (groups.containsKey("")) {
            groups = Map.of("", java.util.stream.IntStream.range(0, plan.actions().size()).boxed().toList());
        }
        Tally tally = new Tally(ctx, stepId, plan);
        Deque<List<Integer>> queue = new ConcurrentLinkedDeque<>(groups.values());
        Optional<StepContext> second = groups.size() < 2 ? Optional.empty() : ctx.alongside();
        if (second.isEmpty()) {
            ctx.sideBySideDone();
            tally.drain(ctx, queue);
            tally.rethrow();
            return tally.outcome(reportRows);
        }
        ExecutorService other = Executors.newSingleThreadExecutor(r -> new Thread(r, stepId + " alongside"));
        try {
            // whichever connection runs out of groups first leaves a core to what the run holds back until then
            Future<?> theirs = other.submit(() -> {
                try {
                    tally.drain(second.get(), queue);
                } finally {
                    ctx.sideBySideDone();
                }
            });
            try {
                tally.drain(ctx, queue);
            } finally {
                ctx.sideBySideDone();
            }
            awaitStopped(theirs, () -> tally.fail(new IllegalStateException("Interrupted while running " + stepId)));
        } finally {
            other.shutdown();
        }
        tally.rethrow();
        return tally.outcome(reportRows);
    }

    /**
     * Waits until the other connection is done. An interrupt does not cut the wait short: it stops the other connection
     * before its next statement ({@code onInterrupt}) and is kept for the caller, so nothing of the step still runs, and
     * no group is left half done, when the run records how the step ended.
     */
    private static void awaitStopped(Future<?> theirs, Runnable onInterrupt) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    theirs.get();
                    return;
                } catch (InterruptedException e) {
                    if (!interrupted) {
                        onInterrupt.run();
                    }
                    interrupted = true;
                } catch (ExecutionException e) {
                    // drain tallies its own failures; only an Error gets here
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the plan's actions did, each counted by whichever connection ran it. */
    private static final class Tally {
        private final StepContext ctx;
        private final String stepId;
        private final StepPlan plan;
        private final long[] rows;
        private final AtomicInteger statements = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

        Tally(StepContext ctx, String stepId, StepPlan plan) {
            this.ctx = ctx;
            this.stepId = stepId;
            this.plan = plan;
            this.rows = new long[plan.actions().size()];
        }

        void run(StepContext on, int action) {
            for (String sql : plan.actions().get(action).statements()) {
                if (failure.get() != null) {
                    throw new Stopped();
                }
                rows[action] += on.statements().run(sql);
                statements.incrementAndGet();
            }
            synchronized (this) {
                ctx.progress().progress(stepId, done.incrementAndGet(), plan.actions().size());
            }
        }

        /**
         * Group after group from the queue, each in a transaction of its own where the vendor's DDL is transactional,
         * until none is left or a statement failed on either connection.
         */
        void drain(StepContext on, Deque<List<Integer>> queue) {
            boolean transactions = on.vendor().capabilities().transactionalDdl();
            try {
                for (List<Integer> group = queue.poll(); group != null && failure.get() == null; group = queue.poll()) {
                    List<Integer> actions = group;
                    if (transactions) {
                        on.handle().useTransaction(h -> actions.forEach(action -> run(on, action)));
                    } else {
                        actions.forEach(action -> run(on, action));
                    }
                }
            } catch (Stopped e) {
                // the other connection's failure is the one thrown
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        void fail(RuntimeException e) {
            failure.compareAndSet(null, e);
        }

        void rethrow() {
            if (failure.get() != null) {
                throw failure.get();
            }
        }

        /** Thrown where the other connection failed, so that a group in a transaction rolls back, not commits half. */
        private static final class Stopped extends RuntimeException {
            Stopped() {
                super("stopped: a statement on the other connection failed", null, false, false);
            }
        }

        StepOutcome outcome(boolean reportRows) {
            List<StepOutcome.Note> notes = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < rows.length; i++) {
                StepPlan.Action action = plan.actions().get(i);
                if (reportRows || (action.description().startsWith("delete all rows of ") && rows[i] > 0)) {
                    notes.add(new StepOutcome.Note.ActionRows(action.description(), rows[i]));
                }
                total += rows[i];
            }
            return new StepOutcome(statements.get(), total, notes);
        }
    }
}
