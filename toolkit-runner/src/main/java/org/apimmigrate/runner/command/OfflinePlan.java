package org.apimmigrate.runner.command;

import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.runner.console.ConsoleView;
import org.apimmigrate.steps.common.OfflinePlanning;
import org.apimmigrate.steps.Steps;

/** A vendor's full scripts, as the steps would run them on a database that went the usual way. */
final class OfflinePlan {

    private final ConsoleView view;
    private final Vendor vendor;
    private final StepContext.MigrationOptions options;

    OfflinePlan(ConsoleView view, Vendor vendor, StepContext.MigrationOptions options) {
        this.view = view;
        this.vendor = vendor;
        this.options = options;
    }

    /** @param only one phase, or both where null */
    void print(Phase only) {
        for (Phase phase : Phase.values()) {
            if (only != null && only != phase) {
                continue;
            }
            view.heading("Offline plan for " + vendor.displayName() + ", phase " + phase.cliName()
                    + (phase == Phase.PRE_CLIENT ? " (on a 3.2.0 database)" : " (after the pre-client phase and "
                    + "WSO2's migration client)"));
            view.line("-- No database was read: on a real one, `plan` prints only what is still to do there.");
            for (Step step : Steps.of(phase)) {
                view.line("");
                view.line("-- " + step.id() + " on " + step.database().tomlName() + ": " + step.title());
                try {
                    StepPlan plan = ((OfflinePlanning) step).offlinePlan(vendor, options);
                    view.statements(plan);
                } catch (RuntimeException e) {
                    view.line("-- this version of the toolkit has no " + vendor.displayName() + " SQL for this step ("
                            + e.getMessage() + ")");
                }
            }
        }
    }
}
