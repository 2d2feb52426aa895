package org.apimmigrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.junit.jupiter.api.Test;

/** Each state's report: its typed notes, and the detail the journal and the reports word from them. */
class StepReportTest {

    private static final StepReport.Subject STEP = new StepReport.Subject("registry-versioning-cleanup", "Registry",
            "shared_db");

    @Test
    void aResumedStepSaysSoFirstThenItsActionsThenWhatItsOutcomeNotes() {
        StepPlan plan = new StepPlan(List.of(new StepPlan.Action("a", List.of("DELETE FROM REG_LOG")),
                new StepPlan.Action("b", List.of())), List.of());
        StepOutcome outcome = new StepOutcome(1, 4500, List.of(new StepOutcome.Note.RowsRemoved("REG_LOG", 5000, 500),
                new StepOutcome.Note.ActionRows("b", 0)));

        StepReport r = StepReport.done(STEP, plan, outcome, Duration.ofSeconds(2),
                Optional.of(JournalEntry.Status.RUNNING));

        assertThat(r.state()).isEqualTo(StepReport.State.DONE);
        assertThat(r.resumedAfter()).contains(JournalEntry.Status.RUNNING);
        assertThat(r.notes()).containsExactly(new StepReport.Note.Resumed(JournalEntry.Status.RUNNING),
                new StepReport.Note.Actions(2));
        assertThat(r.detail()).isEqualTo("resumed after an earlier run left it RUNNING; 2 action(s); "
                + "REG_LOG: 4500 row(s) removed (5000 before, 500 after); b: 0 row(s)");
        assertThat(outcome.notes()).extracting(StepOutcome.Note::changedRows).containsExactly(true, false);
    }

    @Test
    void aFreshStepWithNothingLeftSaysSoAndWasNotResumed() {
        StepReport r = StepReport.done(STEP, new StepPlan(List.of(), List.of()), new StepOutcome(0, 0, List.of()),
                Duration.ZERO, Optional.empty());

        assertThat(r.resumedAfter()).isEmpty();
        assertThat(r.detail()).isEqualTo("nothing left to do");
    }

    @Test
    void aStepWithNothingToDoKeepsItsPlansReasonButARunningStepDoesNot() {
        StepReport skipped = StepReport.done(STEP, StepPlan.nothingToDo(List.of("not run: skipped by choice")),
                new StepOutcome(0, 0, List.of()), Duration.ZERO, Optional.empty());
        StepReport ran = StepReport.done(STEP, new StepPlan(List.of(new StepPlan.Action("a", List.of("DELETE"))),
                List.of("runs because versioning was on")), new StepOutcome(1, 0, List.of()), Duration.ZERO,
                Optional.empty());

        assertThat(skipped.detail()).isEqualTo("nothing left to do; not run: skipped by choice");
        assertThat(ran.detail()).as("a plan's notes are its report's, not the journal's").isEqualTo("1 action(s)");
    }

    @Test
    void checkedStepsArePendingUnlessTheirFindingsBlock() {
        Finding warning = Finding.warning(FindingCode.WSO2_TABLES_MISSING, "m", "r");
        Finding blocker = Finding.blocker(FindingCode.API_UUID_MISSING, "m", "r");

        StepReport pending = StepReport.checked(STEP, List.of(warning), new StepPlan(List.of(), List.of()),
                Optional.of(JournalEntry.Status.FAILED));
        StepReport blocked = StepReport.checked(STEP, List.of(warning, blocker), null, Optional.empty());

        assertThat(pending.state()).isEqualTo(StepReport.State.PENDING);
        assertThat(pending.detail()).isEqualTo("an earlier run left this step FAILED");
        assertThat(pending.resumedAfter()).as("not run in this run").isEmpty();
        assertThat(blocked.state()).isEqualTo(StepReport.State.BLOCKED);
        assertThat(blocked.detail()).isEmpty();
    }

    @Test
    void blockedAlreadyDoneAndFailedStepsWordTheirState() {
        Finding blocker = Finding.blocker(FindingCode.STEP_FAILED, "m", "r");

        assertThat(StepReport.blocked(STEP, List.of(blocker)).detail()).isEqualTo("nothing was changed");
        assertThat(StepReport.alreadyDone(STEP, List.of(), Instant.parse("2026-01-02T03:04:05Z")).detail())
                .isEqualTo("finished 2026-01-02T03:04:05Z");
        StepReport failed = StepReport.failed(STEP, blocker, Duration.ofMillis(3), "relation \"reg_log\" is locked");
        assertThat(failed.state()).isEqualTo(StepReport.State.FAILED);
        assertThat(failed.findings()).containsExactly(blocker);
        assertThat(failed.detail()).isEqualTo("relation \"reg_log\" is locked");
    }

    @Test
    void aPlanWordsWhatItLeavesAloneBeforeItsNotes() {
        StepPlan plan = new StepPlan(List.of(), List.of("a note"), List.of("OPS_AUDIT: not WSO2's"));

        assertThat(plan.notes()).containsExactly("a note");
        assertThat(plan.allNotes()).containsExactly("left alone: OPS_AUDIT: not WSO2's", "a note");
    }
}
