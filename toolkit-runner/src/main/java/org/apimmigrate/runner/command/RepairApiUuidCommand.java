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
import org.apimmigrate.runner.report.ReportOption;

@Command(name = "repair-api-uuid", description = {
        "Fills NULL AM_API.API_UUID and STATUS from the registry the way WSO2's migration client does (the UUID of "
                + "each API's registry artifact, its lifecycle state), for APIs the client missed. Never overrides "
                + "what the client wrote. Runs after the pre-client phase.",
        "Exit 0 when every API has its own API_UUID afterwards, 1 when some cannot get one or still share one "
                + "(listed)."})
final class RepairApiUuidCommand extends DatabaseCommand {

    @Option(names = "--dry-run", description = "List what would be set, and the APIs that share an API_UUID with the "
            + "UUID of each one's own registry artifact; change nothing.")
    boolean dryRun;

    @Option(names = "--fix-duplicates", description = "Also set each API_UUID that more than one API holds, and that "
            + "differs from the UUID of the API's own registry artifact, to that UUID (what WSO2's client was to "
            + "write).")
    boolean fixDuplicates;

    @Mixin
    ReportOption report;

    @Override
    protected int run(Targets targets) {
        ReportRecorder recorder = recorder();
        recorder.databases(targets.roles());
        return reported(report, recorder, () -> {
            ApiUuidRepairRun.Outcome outcome = ApiUuidRepairRun.run(targets, dryRun, fixDuplicates);
            List<ApiUuidRepair.Assignment> plan = outcome.assignments();
            view().repair(plan, dryRun);
            view().duplicates(outcome.duplicates(), dryRun, fixDuplicates);
            recorder.repair(plan, dryRun, outcome.duplicates());
            boolean someLeft = plan.stream().anyMatch(a -> a.action() == ApiUuidRepair.Action.NO_ARTIFACT
                    && a.uuid() == null);
            if (someLeft) {
                out().line("Some APIs have no registry artifact, so nothing can give them an API_UUID: the post-client"
                        + " phase will stop on them. Delete or re-create them.");
            }
            boolean duplicatesLeft = !outcome.duplicates().isEmpty() && (dryRun || !fixDuplicates
                    || outcome.duplicates().stream().anyMatch(d -> !d.fixable()));
            return someLeft || duplicatesLeft ? ExitCodes.BLOCKED : ExitCodes.OK;
        });
    }
}
