package org.apimmigrate.runner.guide.checks;

import org.apimmigrate.api.step.Step;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.progress.JournalState;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.ItemTexts;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** One SQL step of the toolkit, as its database's journal records it: the same journal {@code migrate} writes. */
public final class SqlStepCheck implements GuideCheck {

    private final Step step;
    private final GuidePhase phase;

    public SqlStepCheck(Step step, GuidePhase phase) {
        this.step = step;
        this.phase = phase;
    }

    @Override
    public String id() {
        return "sql-" + step.id();
    }

    @Override
    public GuidePhase phase() {
        return phase;
    }

    @Override
    public String title(ItemTexts texts) {
        return texts.hasTitle(id()) ? texts.title(id()) : "SQL: " + step.title();
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).fix("apim-migrate migrate --phase " + step.phase().cliName()
                + "    # runs " + step.id() + " on [database." + step.database().tomlName() + "]");
        Probe<JournalState> state = ctx.progress().step(step.id());
        if (!state.known()) {
            return item.uncheckable(state.reason());
        }
        JournalState j = state.value();
        return switch (j.status()) {
            case FINISHED -> item.done("finished " + j.finishedAt() + (j.statementsRun() == 0 ? ", nothing to do"
                    : ", " + j.statementsRun() + " statement(s)"));
            case NOT_STARTED -> item.todo("not run yet on [database." + step.database().tomlName() + "]");
            case RUNNING -> item.todo("an earlier run stopped midway (or is running now); the same command resumes it");
            case FAILED -> item.wrong("failed: " + j.detail());
        };
    }
}
