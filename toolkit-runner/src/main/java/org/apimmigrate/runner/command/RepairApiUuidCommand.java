package org.apimmigrate.runner.command;

import java.util.List;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.repair.ApiUuidRepairRun;
import org.apimmigrate.runner.report.ReportRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "repair-api-uuid", description = {
        "Fills NULL AM_API.API_UUID and STATUS from the registry the way WSO2's migration client does (the UUID of "
                + "each API's registry artifact, its lifecycle state), for APIs the client missed. Never overrides "
                + "what the client wrote. Runs after the pre-client phase.",
        "Exit 0 when every API has an API_UUID afterwards, 1 when some cannot get one (listed)."})
final class RepairApiUuidCommand extends DatabaseCommand {

    @Option(names = "--dry-run", description = "List what would be set; change nothing.")
    boolean dryRun;

    @Mixin
    ReportOption report;

    @Override
    protected int run(Targets targets) {
        ReportRecorder recorder = recorder();
        recorder.databases(targets.roles());
        return reported(report, recorder, () -> {
            List<ApiUuidRepair.Assignment> plan = ApiUuidRepairRun.run(targets, dryRun);
            view().repair(plan, dryRun);
            recorder.repair(plan, dryRun);
            boolean someLeft = plan.stream().anyMatch(a -> a.action() == ApiUuidRepair.Action.NO_ARTIFACT
                    && a.uuid() == null);
            if (someLeft) {
                out().line("Some APIs have no registry artifact, so nothing can give them an API_UUID: the post-client"
                        + " phase will stop on them. Delete or re-create them.");
            }
            return someLeft ? ExitCodes.BLOCKED : ExitCodes.OK;
        });
    }
}
