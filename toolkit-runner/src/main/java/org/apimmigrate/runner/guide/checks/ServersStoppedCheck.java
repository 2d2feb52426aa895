package org.apimmigrate.runner.guide.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.progress.JournalState;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.steps.Steps;
import org.apimmigrate.runner.guide.config.ApimHome;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * Guide Step 2.1: no API-M server runs while the databases are upgraded. Seen through each home's
 * {@code wso2carbon.pid}; nodes on other machines are out of sight, which the detail says.
 */
public final class ServersStoppedCheck implements GuideCheck {

    @Override
    public String id() {
        return "servers-stopped";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.DATABASE;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        Probe<JournalState> upgrade = ctx.progress().step(Steps.AM_DB_SCHEMA_UPGRADE);
        if (upgrade.known() && upgrade.value().finished()) {
            return ctx.item(this).done("the databases are upgraded; servers may run again for the steps that follow");
        }
        List<String> running = new ArrayList<>();
        running(ctx.old().home(), "3.2.0").ifPresent(running::add);
        running(ctx.newHome(), "4.0.0").ifPresent(running::add);
        if (!running.isEmpty()) {
            return ctx.item(this).snippet("stop").todo(String.join("; ", running)
                    + " still runs: stop every node before the database upgrade");
        }
        return ctx.item(this).done("no server runs from either home (wso2carbon.pid); stop the other nodes of a "
                + "cluster too");
    }

    private static Optional<String> running(ApimHome home, String version) {
        if (!Files.isRegularFile(home.pidFile())) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(home.pidFile()).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(p -> "API-M " + version + " (pid " + pid + ")");
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
