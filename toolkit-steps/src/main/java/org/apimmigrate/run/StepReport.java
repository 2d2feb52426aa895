package org.apimmigrate.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;

/**
 * How one step fared in a run (or would fare, for preflight and plan). Made by the factory of its state; what the run
 * has to say about it beyond its plan and outcome is in typed {@link Note}s, which {@link #detail()} words.
 *
 * @param plan    what it would do or did (null: blocked, already done, or failed before planning)
 * @param outcome what it did (null: it did not finish in this run)
 */
public record StepReport(Subject subject, State state, List<Finding> findings, StepPlan plan, StepOutcome outcome,
                         Duration duration, List<Note> notes) {

    public enum State {
        /** Finished in an earlier run; skipped. */
        ALREADY_DONE,
        /** Would run (preflight, plan). */
        PENDING,
        /** Ran and finished in this run. */
        DONE,
        /** Not run because something blocks the phase. */
        BLOCKED,
        /** Started and failed; the journal says so and a re-run resumes it. */
        FAILED
    }

    /** Which step, on which database. */
    public record Subject(String stepId, String title, String database) {

        public static Subject of(Step step, String database) {
            return new Subject(step.id(), step.title(), database);
        }
    }

    /** What the run has to say about a step, beyond its plan and outcome. */
    public sealed interface Note {

        /** The note as the journal, the console and the reports word it. */
        String text();

        /** This run took the step up from where an earlier run left it. */
        record Resumed(JournalEntry.Status after) implements Note {
            public String text() {
                return "resumed after an earlier run left it " + after;
            }
        }

        /** Not run yet (preflight, plan), but an earlier run started it. */
        record LeftByEarlierRun(JournalEntry.Status status) implements Note {
            public String text() {
                return "an earlier run left this step " + status;
            }
        }

        /** Skipped: an earlier run finished it. */
        record FinishedEarlier(Instant at) implements Note {
            public String text() {
                return "finished " + at;
            }
        }

        /** Blocked before any change. */
        record NothingChanged() implements Note {
            public String text() {
                return "nothing was changed";
            }
        }

        /** How many actions the plan the step ran had. */
        record Actions(int count) implements Note {
            public String text() {
                return count == 0 ? "nothing left to do" : count + " action(s)";
            }
        }

        /**
         * Why a step with nothing to do did nothing, in its plan's words (e.g. the registry clean-up skipped by
         * choice): kept in the journal, so a later look at the database can tell a choice from a step never run.
         */
        record Why(String text) implements Note {
        }

        /**
         * How long a statement of the step waited for another session's lock, and on whom; or that the engine refused
         * it for a moment and it was tried again.
         */
        record Waited(String text) implements Note {
        }

        /** Why the step failed: the database's own words. */
        record Failure(String message) implements Note {
            public String text() {
                return message;
            }
        }
    }

    public StepReport {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** Checked and planned, not run (preflight, plan): pending, or blocked by its own findings. */
    public static StepReport checked(Subject subject, List<Finding> findings, StepPlan plan,
                                     Optional<JournalEntry.Status> leftByEarlierRun) {
        State state = findings.stream().anyMatch(Finding::blocks) ? State.BLOCKED : State.PENDING;
        return new StepReport(subject, state, findings, plan, null, Duration.ZERO,
                leftByEarlierRun.<Note>map(Note.LeftByEarlierRun::new).stream().toList());
    }

    /** Its checks block the phase; nothing was run. */
    public static StepReport blocked(Subject subject, List<Finding> findings) {
        return new StepReport(subject, State.BLOCKED, findings, null, null, Duration.ZERO,
                List.of(new Note.NothingChanged()));
    }

    /** An earlier run finished it; nothing is re-run. */
    public static StepReport alreadyDone(Subject subject, List<Finding> findings, Instant finishedAt) {
        return new StepReport(subject, State.ALREADY_DONE, findings, null, null, Duration.ZERO,
                List.of(new Note.FinishedEarlier(finishedAt)));
    }

    /**
     * Ran and finished in this run.
     *
     * @param resumedAfter where an earlier run had started it, the state that run left it in
     */
    public static StepReport done(Subject subject, StepPlan plan, StepOutcome outcome, Duration duration,
                                  Optional<JournalEntry.Status> resumedAfter) {
        return done(subject, plan, outcome, duration, resumedAfter, List.of());
    }

    /** As {@link #done(Subject, StepPlan, StepOutcome, Duration, Optional)}, with the lock waits the run saw. */
    public static StepReport done(Subject subject, StepPlan plan, StepOutcome outcome, Duration duration,
                                  Optional<JournalEntry.Status> resumedAfter, List<String> waits) {
        List<Note> notes = new ArrayList<>();
        resumedAfter.ifPresent(s -> notes.add(new Note.Resumed(s)));
        notes.add(new Note.Actions(plan.actions().size()));
        if (plan.isEmpty()) {
            plan.notes().forEach(n -> notes.add(new Note.Why(n)));
        }
        waits.forEach(w -> notes.add(new Note.Waited(w)));
        return new StepReport(subject, State.DONE, List.of(), plan, outcome, duration, notes);
    }

    /** Started and failed; {@code finding} says what to do. */
    public static StepReport failed(Subject subject, Finding finding, Duration duration, String message) {
        return new StepReport(subject, State.FAILED, List.of(finding), null, null, duration,
                List.of(new Note.Failure(message)));
    }

    public String stepId() {
        return subject.stepId();
    }

    public String title() {
        return subject.title();
    }

    public String database() {
        return subject.database();
    }

    /** Where this run took the step up from an earlier run, the state that run left it in. */
    public Optional<JournalEntry.Status> resumedAfter() {
        return notes.stream().filter(Note.Resumed.class::isInstance).map(n -> ((Note.Resumed) n).after())
                .findFirst();
    }

    /** The notes, then what the step's outcome notes, in one line: the journal's detail and the reports'. */
    public String detail() {
        List<String> parts = new ArrayList<>(notes.stream().filter(n -> !(n instanceof Note.Waited))
                .map(Note::text).toList());
        if (outcome != null) {
            parts.addAll(outcome.noteTexts());
        }
        notes.stream().filter(n -> n instanceof Note.Waited).map(Note::text).forEach(parts::add);
        return String.join("; ", parts);
    }
}
