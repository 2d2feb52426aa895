package org.apimmigrate.runner.command;

import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.check.Verification;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.report.ReportRecorder;
import org.jdbi.v3.core.Handle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify", description = {
        "Checks the live databases and changes nothing: WSO2AM_DB and the registry tables against a fresh 4.0.0 "
                + "(minus the printed list of what other tools own), API_UUID present and unique, and the "
                + "registry's invariants (every association row has its path, no orphaned values, REG_LOG "
                + "re-indexed).",
        "Exit 0 when every check passes, 1 when any fails."})
final class VerifyCommand extends DatabaseCommand {

    @Mixin
    ReportOption report;

    @Override
    protected int run(Targets targets) {
        ReportRecorder recorder = recorder();
        recorder.databases(targets.roles());
        return reported(report, recorder, () -> {
            VerificationResult result = verify(targets);
            view().verification(result);
            recorder.verify(result);
            return result.passed() ? ExitCodes.OK : ExitCodes.BLOCKED;
        });
    }

    static VerificationResult verify(Targets targets) {
        ConnectedDatabase am = targets.get(DatabaseRole.APIM_DB);
        ConnectedDatabase shared = targets.get(DatabaseRole.SHARED_DB);
        try (Handle a = am.jdbi().open(); Handle s = shared.jdbi().open()) {
            return Verification.run(a, am.vendor(), s, shared.vendor());
        }
    }
}
