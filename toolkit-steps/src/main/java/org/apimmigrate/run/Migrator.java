package org.apimmigrate.run;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.finding.RootCause;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.ProgressListener;
import org.apimmigrate.api.step.StatementRunner;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.fingerprint.FingerprintStore;
import org.apimmigrate.fingerprint.Fingerprinter;
import org.apimmigrate.fingerprint.TableFingerprint;
import org.apimmigrate.journal.Journal;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of a phase against the API Manager's databases: one lock per database, every check before any change,
 * the journal around every step, and resumption of whatever an earlier run left unfinished.
 */
public final class Migrator {

    public static final String LOCK_NAME = "apim-migrate";
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** Runs the fingerprints taken alongside the steps; its threads never keep the process alive. */
    private static final Executor ALONGSIDE = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fingerprint-alongside");
        t.setDaemon(true);
        return t;
    });

    private final List<Step> steps;
    private final Map<DatabaseRole, TargetDatabase> databases;
    private final StepContext.MigrationOptions options;
    private final RunListener listener;
    private final StatementInterceptor interceptor;
    private final CatalogReads catalog;

    public Migrator(List<Step> steps, Map<DatabaseRole, TargetDatabase> databases, StepContext.MigrationOptions options,
                    RunListener listener, StatementInterceptor interceptor) {
        this(steps, databases, options, listener, interceptor, new CatalogReads());
    }

    /** @param catalog the catalog reads of the command this run is part of, shared with its other looks */
    public Migrator(List<Step> steps, Map<DatabaseRole, TargetDatabase> databases, StepContext.MigrationOptions options,
                    RunListener listener, StatementInterceptor interceptor, CatalogReads catalog) {
        this.steps = List.copyOf(steps);
        this.databases = Map.copyOf(databases);
        this.options = options;
        this.listener = listener;
        this.interceptor = interceptor;
        this.catalog = catalog;
    }

    /** Checks and plans of the phase's pending steps; changes nothing, takes no lock. */
    public RunReport preflight(Phase phase) {
        return readOnly(phase, RunReport.Mode.PREFLIGHT);
    }

    /** The exact statements the phase's pending steps would run now; changes nothing. */
    public RunReport plan(Phase phase) {
        return readOnly(phase, RunReport.Mode.PLAN);
    }

    private RunReport readOnly(Phase phase, RunReport.Mode mode) {
        try (Sessions sessions = new Sessions()) {
            List<Finding> privileges = sessions.missingPrivileges(steps(phase));
            if (!privileges.isEmpty()) {
                // the steps' own checks read tables this user may not read: the missing privileges are the answer
                return new RunReport(phase, mode, List.of(), privileges);
            }
            List<Finding> leftovers = sessions.leftoversToPutRight(steps(phase));
            List<StepReport> reports = new ArrayList<>();
            for (Step step : steps(phase)) {
                Session s = sessions.of(step.database());
                StepContext ctx = s.context(step, new AtomicInteger(), false);
                Optional<JournalEntry> entry = s.journal.find(step.id());
                if (entry.isPresent() && entry.get().finished()) {
                    reports.add(alreadyDone(step, s, entry.get(), ctx));
                    continue;
                }
                if (s.leftovers.renameTables()) {
                    // the live names are not yet those the steps will see: their checks and plans come after
                    reports.add(StepReport.checked(StepReport.Subject.of(step, s.label()), List.of(
                            s.leftovers.stepsWait()), null, entry.map(JournalEntry::status)));
                    continue;
                }
                List<Finding> findings = step.check(ctx);
                StepPlan plan = findings.stream().anyMatch(Finding::blocks) ? null : step.plan(ctx);
                reports.add(StepReport.checked(StepReport.Subject.of(step, s.label()), findings, plan,
                        entry.map(JournalEntry::status)));
            }
            return new RunReport(phase, mode, reports, leftovers);
        }
    }

    private static List<Finding> concat(List<Finding> first, Finding last) {
        List<Finding> all = new ArrayList<>(first);
        all.add(last);
        return all;
    }

    /** Runs the phase's pending steps. Blockers stop the run before anything changes. */
    public RunReport migrate(Phase phase) {
        if (fingerprinting()) {
            databases.values().stream().map(TargetDatabase::vendor).distinct().forEach(Fingerprinter::readAhead);
        }
        try (Sessions sessions = new Sessions()) {
            List<Finding> privileges = sessions.missingPrivileges(pendingSteps(sessions, phase));
            if (!privileges.isEmpty()) {
                return new RunReport(phase, RunReport.Mode.MIGRATE, List.of(), privileges);
            }
            List<Finding> lockFindings = sessions.lockAll(steps(phase));
            if (!lockFindings.isEmpty()) {
                return new RunReport(phase, RunReport.Mode.MIGRATE, List.of(), lockFindings);
            }
            List<Finding> putRight;
            try {
                putRight = sessions.putRightLeftovers();
            } catch (RuntimeException e) {
                LOG.debug("Putting right an interrupted statement's leftovers failed", e);
                return new RunReport(phase, RunReport.Mode.MIGRATE, List.of(), List.of(Finding.blocker(
                        FindingCode.INTERRUPTED_STATEMENT_LEFT_OVER, "Could not put right what an interrupted "
                                + "statement left behind: " + RootCause.message(e) + ". No step ran.",
                        "Fix the cause and run the same command again.")));
            }
            listener.locked();
            AtomicInteger ordinal = new AtomicInteger();
            Map<Step, StepReport> done = new LinkedHashMap<>();
            List<Step> pending = new ArrayList<>();
            List<StepReport> blocked = new ArrayList<>();
            for (Step step : steps(phase)) {
                Session s = sessions.of(step.database());
                StepContext ctx = s.context(step, ordinal, true);
                Optional<JournalEntry> entry = s.journal.find(step.id());
                if (entry.isPresent() && entry.get().finished()) {
                    done.put(step, alreadyDone(step, s, entry.get(), ctx));
                    continue;
                }
                List<Finding> findings = step.check(ctx);
                if (findings.stream().anyMatch(Finding::blocks)) {
                    blocked.add(StepReport.blocked(StepReport.Subject.of(step, s.label()), findings));
                }
                pending.add(step);
            }
            if (!blocked.isEmpty()) {
                List<StepReport> reports = new ArrayList<>(done.values());
                reports.addAll(blocked);
                return new RunReport(phase, RunReport.Mode.MIGRATE, reports, putRight);
            }
            List<StepReport> reports = new ArrayList<>(done.values());
            Map<Session, FingerprintStore.Pending> alongside = new LinkedHashMap<>();
            try {
                fingerprintsBefore(sessions, phase, pending, alongside);
            } catch (RuntimeException e) {
                finishAll(alongside);
                LOG.debug("Fingerprint failed", e);
                return new RunReport(phase, RunReport.Mode.MIGRATE, reports, concat(putRight, Finding.blocker(
                        FindingCode.FINGERPRINT_FAILED, "Could not record the row counts and content digests of the tables "
                                + "before the phase: " + RootCause.message(e) + ". Nothing of the user's data was changed.",
                        "Fix the cause, or run again with --no-fingerprint to migrate without the nothing-lost "
                                + "proof.")));
            }
            boolean failed = false;
            try {
                for (Step step : pending) {
                    StepReport report = runStep(step, sessions.of(step.database()), ordinal);
                    reports.add(report);
                    listener.stepFinished(report);
                    if (report.state() == StepReport.State.FAILED) {
                        failed = true;
                        break;
                    }
                }
            } catch (RuntimeException e) {
                finishAll(alongside).failure().ifPresent(e::addSuppressed);
                throw e;
            }
            Finished finished = finishAll(alongside);
            if (!failed && !pending.isEmpty()) {
                fingerprintsAfter(sessions, phase, finished.held());
            }
            Optional<RuntimeException> unfinished = finished.failure();
            if (unfinished.isPresent()) {
                LOG.debug("Fingerprint alongside the steps failed", unfinished.get());
                return new RunReport(phase, RunReport.Mode.MIGRATE, reports, concat(putRight, Finding.blocker(
                        FindingCode.FINGERPRINT_FAILED, "Could not record the row counts and content digests of the "
                                + "tables no step changes, taken alongside the steps: "
                                + RootCause.message(unfinished.get()) + ". The steps' work stands; verify compares "
                                + "only the tables they change, so nothing-lost is not proven for the others.",
                        "Fix the cause before the next phase; compare the other tables with a backup where it "
                                + "matters.")));
            }
            return new RunReport(phase, RunReport.Mode.MIGRATE, reports, putRight);
        }
    }

    /**
     * Row counts and content digests of every table of each database the pending steps change, taken before the
     * first change (a resumed phase keeps the first run's); none with {@link Fingerprinter#OFF}. Where every step of
     * the phase on a database names the tables it changes, the others are digested alongside the steps, each such
     * digest added to {@code alongside} to be finished once they ran.
     */
    private void fingerprintsBefore(Sessions sessions, Phase phase, List<Step> pending,
                                    Map<Session, FingerprintStore.Pending> alongside) {
        if (!fingerprinting()) {
            return;
        }
        Set<Session> seen = new HashSet<>();
        for (Step step : pending) {
            Session s = sessions.of(step.database());
            if (seen.add(s)) {
                s.fingerprinter().ifPresent(f -> {
                    listener.stepStarted("fingerprint", "row counts and content digests of every table of "
                            + s.label() + ", before anything changes (--no-fingerprint skips it)");
                    FingerprintStore store = new FingerprintStore(s.handle, f);
                    Optional<Set<String>> changed = changedTables(sessions, s, phase);
                    if (changed.isEmpty()) {
                        s.know(store.recordBefore(phase));
                        return;
                    }
                    CompletableFuture<Void> start = sideBySide(sessions, s, pending) ? s.coreFree
                            : CompletableFuture.completedFuture(null);
                    FingerprintStore.Pending before = store.recordBefore(phase, changed.get(), s.database.jdbi(),
                            ALONGSIDE, start);
                    alongside.put(s, before);
                    s.know(before.now());
                });
            }
        }
    }

    /**
     * Whether a pending step on the session's database shares its work between two connections: the digest alongside
     * the steps then waits until the steps leave a core free ({@link StepContext#sideBySideDone}), where it would
     * otherwise take a third of the cores from the busiest part of the phase.
     */
    private static boolean sideBySide(Sessions sessions, Session s, List<Step> pending) {
        return pending.stream().anyMatch(step -> sessions.of(step.database()) == s
                && step.groupsApart(s.database.vendor()));
    }

    /** The tables the phase's steps on the session's database change, where every one of them names its own. */
    private Optional<Set<String>> changedTables(Sessions sessions, Session s, Phase phase) {
        Set<String> changed = new TreeSet<>();
        for (Step step : steps(phase)) {
            if (sessions.of(step.database()) == s) {
                Optional<Set<String>> own = step.changedTables();
                if (own.isEmpty()) {
                    return Optional.empty();
                }
                changed.addAll(own.get());
            }
        }
        return Optional.of(changed);
    }

    /**
     * What the digests alongside the steps left: per session, the tables locked against writes throughout the steps
     * (their after-fingerprint is their before); the first failure, if any.
     */
    private record Finished(Map<Session, Set<String>> held, Optional<RuntimeException> failure) {
    }

    /** Waits for every digest taken alongside the steps, records it and lets go of its lock. */
    private static Finished finishAll(Map<Session, FingerprintStore.Pending> alongside) {
        RuntimeException first = null;
        Map<Session, Set<String>> held = new HashMap<>();
        for (Map.Entry<Session, FingerprintStore.Pending> p : alongside.entrySet()) {
            try {
                held.put(p.getKey(), p.getValue().finish().get());
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        alongside.clear();
        return new Finished(held, Optional.ofNullable(first));
    }

    /**
     * Once the phase finished: every database of the phase that has a fingerprint from before it (also one whose steps
     * an earlier run finished before it stopped) gets its after-fingerprint.
     */
    private void fingerprintsAfter(Sessions sessions, Phase phase, Map<Session, Set<String>> held) {
        if (!fingerprinting()) {
            return;
        }
        Set<Session> seen = new HashSet<>();
        for (Step step : steps(phase)) {
            Session s = sessions.of(step.database());
            if (seen.add(s)) {
                s.fingerprinter().ifPresent(f -> new FingerprintStore(s.handle, f).recordAfter(phase,
                        held.getOrDefault(s, Set.of())));
            }
        }
    }

    private boolean fingerprinting() {
        return !options.enabledOptions().contains(Fingerprinter.OFF);
    }

    /** The journals of every database, per role. */
    public Map<DatabaseRole, List<JournalEntry>> status() {
        try (Sessions sessions = new Sessions()) {
            Map<DatabaseRole, List<JournalEntry>> out = new LinkedHashMap<>();
            for (DatabaseRole role : databases.keySet()) {
                out.put(role, sessions.of(role).journal.all());
            }
            return out;
        }
    }

    private StepReport runStep(Step step, Session s, AtomicInteger ordinal) {
        if (!step.groupsApart(s.database.vendor())) {
            s.coreFree.complete(null);
        }
        listener.stepStarted(step.id(), step.title());
        StepContext ctx = s.context(step, ordinal, true);
        Instant start = Instant.now();
        String checksum = step.checksum(ctx);
        Optional<JournalEntry> earlier = s.journal.find(step.id());
        s.journal.started(step.id(), step.phase().cliName(), checksum);
        JournalEntry started = s.journal.find(step.id()).orElseThrow();
        try {
            StepPlan plan = step.plan(ctx);
            StepOutcome outcome = atomically(step, s) && !step.groupsApart(s.database.vendor())
                    ? s.handle.inTransaction(h -> step.apply(ctx, plan)) : step.apply(ctx, plan);
            StepReport done = StepReport.done(StepReport.Subject.of(step, s.label()), plan, outcome,
                    Duration.between(start, Instant.now()), earlier.map(JournalEntry::status), s.waits());
            s.journal.finished(started, JournalEntry.Status.SUCCESS, outcome.rowsAffected(), outcome.statementsRun(),
                    done.detail());
            return done;
        } catch (RuntimeException e) {
            s.waits();
            String message = RootCause.message(e) + StatementFailedException.blockedBy(e)
                    .map(who -> " (the statement had waited for " + who + ")").orElse("");
            LOG.debug("Step {} failed", step.id(), e);
            try {
                s.journal.finished(started, JournalEntry.Status.FAILED, 0, 0, message);
            } catch (RuntimeException journalFailure) {
                LOG.warn("Could not record the failure of {} in the journal: {}", step.id(), RootCause.message(journalFailure));
            }
            return StepReport.failed(StepReport.Subject.of(step, s.label()), Finding.blocker(FindingCode.STEP_FAILED,
                    step.id() + " failed: " + message,
                    "Fix the cause and run the same command again: the step resumes where it stopped."),
                    Duration.between(start, Instant.now()), message);
        } finally {
            s.coreFree.complete(null);
            s.closeSecond();
        }
    }

    private boolean atomically(Step step, Session s) {
        return step.atomic() && s.database.vendor().capabilities().transactionalDdl();
    }

    private StepReport alreadyDone(Step step, Session s, JournalEntry entry, StepContext ctx) {
        List<Finding> findings = new ArrayList<>();
        String checksum = step.checksum(ctx);
        if (!checksum.equals(entry.checksum())) {
            findings.add(Finding.warning(FindingCode.STEP_CHANGED_SINCE_RUN, step.id() + " ran on " + entry.finishedAt()
                    + " with SQL that differs from this version of the toolkit (" + entry.toolVersion() + ").",
                    "Nothing is re-run. Use `verify` to check the database against the 4.0.0 schema."));
        }
        return StepReport.alreadyDone(StepReport.Subject.of(step, s.label()), findings, entry.finishedAt());
    }

    /** The phase's steps the journals do not record as finished: a finished phase needs no privileges. */
    private List<Step> pendingSteps(Sessions sessions, Phase phase) {
        return steps(phase).stream()
                .filter(step -> sessions.of(step.database()).journal.find(step.id()).map(e -> !e.finished()).orElse(true))
                .toList();
    }

    private List<Step> steps(Phase phase) {
        return steps.stream().filter(s -> s.phase() == phase && databases.containsKey(s.database())).toList();
    }

    /** The open connections of one run: one per physical database, shared by roles that point at the same one. */
    private final class Sessions implements AutoCloseable {
        private final Map<String, Session> byIdentity = new LinkedHashMap<>();
        private final List<MigrationLock.Held> locks = new ArrayList<>();

        Session of(DatabaseRole role) {
            TargetDatabase db = databases.get(role);
            return byIdentity.computeIfAbsent(db.identity(), k -> new Session(db, db.jdbi().open()));
        }

        /** One blocker per database whose user lacks privileges the given steps use. */
        List<Finding> missingPrivileges(List<Step> phaseSteps) {
            List<Finding> findings = new ArrayList<>();
            Set<Session> checked = new HashSet<>();
            for (Step step : phaseSteps) {
                Session s = of(step.database());
                if (checked.add(s)) {
                    PrivilegeFindings.of(s.label(), s.database.vendor().catalog().missingPrivileges(s.handle))
                            .ifPresent(findings::add);
                }
            }
            return findings;
        }

        /** Read-only: what the locked run would put right first; each session's schema shows it put right. */
        List<Finding> leftoversToPutRight(List<Step> phaseSteps) {
            List<Finding> findings = new ArrayList<>();
            for (Session s : phaseSessions(phaseSteps)) {
                s.leftovers = Leftovers.of(s.database, s.handle);
                findings.addAll(s.leftovers.toPutRight());
            }
            return findings;
        }

        /** Under the migration lock, before any step reads the schema: puts right every locked database's leftovers. */
        List<Finding> putRightLeftovers() {
            List<Finding> findings = new ArrayList<>();
            for (Session s : byIdentity.values()) {
                if (s.locked) {
                    List<Finding> putRight = Leftovers.of(s.database, s.handle).putRight(s.handle);
                    if (!putRight.isEmpty()) {
                        s.schemaChanged(); // the repair changed the schema a read before it would show
                    }
                    findings.addAll(putRight);
                }
            }
            return findings;
        }

        private Set<Session> phaseSessions(List<Step> phaseSteps) {
            Set<Session> sessions = new LinkedHashSet<>();
            phaseSteps.forEach(step -> sessions.add(of(step.database())));
            return sessions;
        }

        List<Finding> lockAll(List<Step> phaseSteps) {
            for (Step step : phaseSteps) {
                Session s = of(step.database());
                if (s.locked) {
                    continue;
                }
                try {
                    locks.add(s.database.vendor().lock().acquire(s.handle, LOCK_NAME));
                    s.locked = true;
                    s.schemaChanged(); // a read from before the lock may be out of date: the steps read under it
                    s.watch = LockWaitWatch.of(s.database, s.handle, listener).orElse(null);
                } catch (MigrationLock.LockUnavailableException e) {
                    return List.of(Finding.blocker(FindingCode.LOCKED_BY_ANOTHER_RUN, s.label() + ": " + e.getMessage(),
                            "Wait for the other run to finish; nothing was changed."));
                }
            }
            return List.of();
        }

        @Override
        public void close() {
            byIdentity.values().stream().filter(s -> s.watch != null).forEach(s -> s.watch.close());
            for (MigrationLock.Held lock : locks) {
                try {
                    lock.close();
                } catch (RuntimeException e) {
                    LOG.warn("Could not release the migration lock: {}", RootCause.message(e));
                }
            }
            byIdentity.values().forEach(Session::close);
        }
    }

    /** One open connection with its journal. */
    private final class Session {
        private final TargetDatabase database;
        private final Handle handle;
        private final Journal journal;
        private boolean locked;
        /** Shows the statements of a migrating run that wait for another session's lock; null where none can. */
        private LockWaitWatch watch;
        /** The catalog as last read; dropped as soon as a step that changes the schema runs a statement. */
        private Snapshot schema;
        /** A read-only run's view of the engine's leftovers, shown as put right; none in a migrating run. */
        private Leftovers leftovers;
        /** Completed once the steps keep at most one connection busy ({@link StepContext#sideBySideDone}). */
        private final CompletableFuture<Void> coreFree = new CompletableFuture<>();
        /** The second connection a step's independent work runs on ({@link StepContext#alongside}); null until then. */
        private Handle second;
        /** The statements of the step in progress tried again after a refusal for a moment, for its report. */
        private final List<String> retried = new ArrayList<>();
        private final RefusalRetries retries;

        Session(TargetDatabase database, Handle handle) {
            this.database = database;
            this.handle = handle;
            this.journal = new Journal(handle, database.vendor());
            this.retries = new RefusalRetries(database.vendor().transientRefusals(), (stepId, note) -> {
                LOG.warn("[{}] {}: {}", stepId, database.label(), note);
                synchronized (retried) {
                    retried.add(note);
                }
            });
        }

        String label() {
            return database.label();
        }

        /** What the statements of the step in progress waited for, and were tried again for, for its report. */
        List<String> waits() {
            List<String> all = new ArrayList<>(watch == null ? List.of() : watch.drainNotes());
            synchronized (retried) {
                all.addAll(retried);
                retried.clear();
            }
            return all;
        }

        /** The session's fingerprinter, sharing its scans with a second connection to the same database. */
        Optional<Fingerprinter> fingerprinter() {
            return Fingerprinter.of(handle, database.vendor()).map(f -> f.alongside(database.jdbi()));
        }

        /**
         * The row counts of fingerprints just taken, for the steps' {@link StepContext#rowCount} until a statement runs.
         * Kept with the catalog reading only where one was taken already (never read for this alone).
         */
        void know(List<TableFingerprint> prints) {
            if (schema == null) {
                return;
            }
            prints.stream().filter(TableFingerprint::whole).forEach(p -> catalog.derived(schema,
                    StepContext.rowCountKey(p.table()), p::rows));
        }

        void schemaChanged() {
            schema = null;
            catalog.changed(database.identity());
        }

        Snapshot schema() {
            if (schema == null) {
                schema = catalog.schema(database.identity(), label(), database.vendor(), handle);
                if (leftovers != null) {
                    schema = leftovers.asPutRight(schema);
                }
            }
            return schema;
        }

        StepContext context(Step step, AtomicInteger ordinal, boolean execute) {
            StatementRunner runner = runner(step, ordinal, execute, handle, watch);
            // a step in one transaction keeps to its connection; a read-only run runs nothing
            boolean sideBySide = execute && (!atomically(step, this) || step.groupsApart(database.vendor()));
            return new StepContext() {
                public Handle handle() {
                    return handle;
                }

                public Vendor vendor() {
                    return database.vendor();
                }

                public MigrationOptions options() {
                    return options;
                }

                public StatementRunner statements() {
                    return runner;
                }

                public ProgressListener progress() {
                    return listener;
                }

                public Snapshot schema() {
                    return Session.this.schema();
                }

                /** Kept with the catalog read, shared with the command's other looks, until any statement runs. */
                public <T> T remember(String key, java.util.function.Supplier<T> read) {
                    return catalog.derived(Session.this.schema(), key, read);
                }

                public Optional<StepContext> alongside() {
                    return sideBySide ? Optional.of(secondContext(this, runner(step, ordinal, true, second(), null)))
                            : Optional.empty();
                }

                public void sideBySideDone() {
                    coreFree.complete(null);
                }
            };
        }

        /** The context {@code first} on the session's second connection: its statements run there, without one more. */
        private StepContext secondContext(StepContext first, StatementRunner runner) {
            Handle on = second();
            return new StepContext() {
                public Handle handle() {
                    return on;
                }

                public Vendor vendor() {
                    return first.vendor();
                }

                public MigrationOptions options() {
                    return first.options();
                }

                public StatementRunner statements() {
                    return runner;
                }

                public ProgressListener progress() {
                    return first.progress();
                }

                public Snapshot schema() {
                    return first.schema();
                }

                public <T> T remember(String key, java.util.function.Supplier<T> read) {
                    return first.remember(key, read);
                }
            };
        }

        /** The second connection, opened the first time a step asks for it; closed when that step is done. */
        private synchronized Handle second() {
            if (second == null) {
                second = database.jdbi().open();
            }
            return second;
        }

        /** Gives the second connection back once the step that asked for it is done (the pool is small). */
        synchronized void closeSecond() {
            if (second != null) {
                second.close();
                second = null;
            }
        }

        void close() {
            handle.close();
            closeSecond();
        }

        /**
         * Runs a step's statements on {@code on}: each is numbered and shown to the interceptor in the order they start,
         * whichever of the session's connections runs it.
         */
        private StatementRunner runner(Step step, AtomicInteger ordinal, boolean execute, Handle on,
                                       LockWaitWatch lockWatch) {
            return sql -> {
                if (!execute) {
                    throw new IllegalStateException("Read-only run must not execute: " + sql);
                }
                int number;
                synchronized (Migrator.this) {
                    number = ordinal.incrementAndGet();
                    interceptor.before(step.id(), number, sql);
                    LOG.debug("[{}] {}", step.id(), sql);
                    catalog.dataChanged();
                    if (!step.leavesSchemaAsFound()) {
                        schemaChanged();
                    }
                }
                LockWaitWatch.Watched watched = lockWatch == null ? null : lockWatch.watch(step.id());
                try {
                    return retries.execute(step.id(), on, sql, watched);
                } finally {
                    if (watched != null) {
                        watched.close();
                    }
                    interceptor.after(step.id(), number, sql);
                }
            };
        }
    }

    /** A statement the database refused, with the statement for the report. */
    public static final class StatementFailedException extends RuntimeException {
        /** What the statement was last seen waiting for (another session's lock), if it waited. */
        private final String blockedBy;

        public StatementFailedException(String statement, SQLException cause) {
            this(statement, cause, Optional.empty());
        }

        public StatementFailedException(String statement, SQLException cause, Optional<String> blockedBy) {
            super(cause.getMessage().strip() + " [while running: " + abbreviate(statement) + "]"
                    + blockedBy.map(who -> " [it had waited for " + who + "]").orElse(""), cause);
            this.blockedBy = blockedBy.orElse(null);
        }

        /** What the failed statement in this failure's causes had waited for. */
        public static Optional<String> blockedBy(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof StatementFailedException f && f.blockedBy != null) {
                    return Optional.of(f.blockedBy);
                }
            }
            return Optional.empty();
        }

        static String abbreviate(String sql) {
            String oneLine = sql.replaceAll("\\s+", " ").strip();
            return oneLine.length() > 300 ? oneLine.substring(0, 297) + "..." : oneLine;
        }
    }
}
