package org.apimmigrate.runner.command;

import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.preflight.Phases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "plan", description = {
        "Prints the exact SQL each pending step of a phase would run on these databases, in order; changes nothing.",
        "With --offline --vendor <v>: prints that vendor's full scripts of both phases, with no database."})
final class PlanCommand extends DatabaseCommand {

    @Option(names = "--phase", paramLabel = "pre-client|post-client", converter = PhaseConverter.class,
            description = "The phase to plan (default: the next one, as the journal tells).")
    Phase phase;

    @Option(names = "--offline", description = "Print a vendor's full scripts without any database.")
    boolean offline;

    @Option(names = "--vendor", paramLabel = "<vendor>", completionCandidates = VendorIds.class,
            description = "With --offline: ${COMPLETION-CANDIDATES}.")
    String vendor;

    /** The known vendors' ids, so that help lists exactly the vendors this build carries. */
    static final class VendorIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Vendors.all().stream().map(Vendor::id).iterator();
        }
    }

    @Mixin
    MigrationChoices choices;

    @Override
    public Integer call() {
        if (!offline) {
            if (vendor != null) {
                throw Failure.usage("--vendor only goes with --offline: online, the vendor is read from the "
                        + "database.", "Drop --vendor, or add --offline to print a vendor's scripts.");
            }
            return super.call();
        }
        if (vendor == null) {
            throw Failure.usage("plan --offline needs --vendor.", "Give --vendor " + Vendors.ids()
                    .replace(", ", "|") + ".");
        }
        Vendor v = Vendors.byId(vendor).orElseThrow(() -> Failure.usage("Unknown database vendor '" + vendor
                + "'. Known vendors: " + Vendors.ids() + ".", "Give one of them with --vendor."));
        new OfflinePlan(view(), v, choices.options()).print(phase);
        return ExitCodes.OK;
    }

    @Override
    protected void prepare() {
        choices.options();
    }

    @Override
    protected int run(Targets targets) {
        var migrator = targets.migrator(choices.options(), RunListener.NONE, StatementInterceptor.NONE);
        Phase p = phase != null ? phase : Phases.next(migrator.status());
        RunReport plan = migrator.plan(p);
        view().plan(plan);
        return plan.blocked() ? ExitCodes.BLOCKED : ExitCodes.OK;
    }
}
