package org.apimmigrate.runner.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.check.Verification;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.fixtures.data.GenerationReport;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.command.Verbosity;
import org.apimmigrate.runner.config.Configuration;
import org.apimmigrate.runner.config.DeploymentToml;
import org.apimmigrate.runner.config.PasswordResolver;
import org.apimmigrate.runner.config.RegistryXml;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.console.ConsoleView;
import org.apimmigrate.runner.console.Durations;
import org.apimmigrate.runner.console.Out;
import org.apimmigrate.runner.console.ProgressPrinter;
import org.apimmigrate.runner.preflight.Preflight;
import org.apimmigrate.runner.preflight.PreflightResult;
import org.apimmigrate.runner.report.ReportFiles;
import org.apimmigrate.runner.report.ReportRecorder;
import org.jdbi.v3.core.Handle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = {
        "The whole upgrade on an embedded PostgreSQL, with nothing to set up: loads a 3.2.0 WSO2AM_DB and SHARED_DB "
                + "with generated content (registry versioning on), then runs preflight, the pre-client phase, "
                + "repair-api-uuid standing in for WSO2's migration client, the post-client phase and verify, and "
                + "writes the report.",
        "Exit 0 when the migrated databases pass verify."})
public final class DemoCommand implements Callable<Integer> {

    /** How much content the demo generates. */
    public enum Size { tiny, small }

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--report-dir", paramLabel = "<dir>",
            description = "Where the report goes (default: a new apim-migrate-demo-<time> folder in the temp folder).")
    Path reportDir;

    @Option(names = "--size", paramLabel = "tiny|small", defaultValue = "small",
            description = "How much generated content: tiny (a few hundred rows) or small (a few thousand; default).")
    Size size;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        Out out = new Out(spec.commandLine().getOut());
        ConsoleView view = new ConsoleView(out);
        Path reports = reportDir != null ? reportDir : Path.of(System.getProperty("java.io.tmpdir"),
                "apim-migrate-demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path work = Files.createTempDirectory("apim-migrate-demo-home");
        ReportRecorder recorder = new ReportRecorder("apim-migrate demo");
        int code;
        try {
            view.heading("Setting up: an embedded PostgreSQL with API-M 3.2.0 databases");
            try (EmbeddedDemoDatabase db = EmbeddedDemoDatabase.start()) {
                GeneratorSettings data = size == Size.tiny ? GeneratorSettings.tiny() : GeneratorSettings.small();
                GenerationReport generated = db.load320(data);
                out.line("Started " + db.version() + "; loaded WSO2AM_DB and SHARED_DB of 3.2.0 with "
                        + generated.apis().size() + " APIs over " + data.tenantCount() + " tenants and "
                        + data.registryResources() + " registry resources (registry versioning on).");
                DemoHome home = DemoHome.write(work, db);
                out.line("Wrote an API-M 4.0.0 home (" + home.apimHome() + ") whose deployment.toml points at them, "
                        + "and the old server's registry.xml (" + home.registryXml() + ").");
                code = DemoCommandRun.of(home, view, out, recorder).run();
            }
        } catch (Failure f) {
            ReportFiles.write(reports, recorder.build(f.exitCode(), f.getMessage()));
            throw f;
        } finally {
            deleteQuietly(work);
        }
        Path html = ReportFiles.write(reports, recorder.build(code, ""));
        out.line();
        out.line("Demo " + (code == ExitCodes.OK ? "finished" : "FAILED") + " in "
                + Durations.format(Duration.between(start, Instant.now())) + ".");
        out.line("Report: " + html.toAbsolutePath() + " (with " + ReportFiles.MARKDOWN + " and " + ReportFiles.JSON
                + " beside it)");
        return code;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is harmless
        }
    }

    /** The demo's commands, in order, over the home it wrote. */
    private record DemoCommandRun(Configuration config, StepContext.MigrationOptions options, String registry,
                                  ConsoleView view, Out out, ReportRecorder recorder) {

        static DemoCommandRun of(DemoHome home, ConsoleView view, Out out, ReportRecorder recorder) {
            var datasources = DeploymentToml.read(home.apimHome().resolve("repository/conf/deployment.toml"),
                    PasswordResolver.system(false));
            Configuration config = new Configuration(datasources.get("apim_db"), datasources.get("shared_db"),
                    List.of(), Map.of(), List.of(home.apimHome().resolve("repository/components/lib")));
            RegistryXml xml = RegistryXml.read(home.registryXml());
            StepContext.MigrationOptions options = new StepContext.MigrationOptions(xml.toOption(
                    StepContext.RegistryVersioning.Choice.DECIDE_FROM_CONFIGURATION), java.util.Set.of());
            return new DemoCommandRun(config, options, xml.describe() + " (versioning on)", view, out, recorder);
        }

        int run() {
            try (Targets targets = Targets.connect(config, false)) {
                recorder.databases(targets.roles());
                PreflightResult pre = new Preflight(targets, options, registry).run(Phase.PRE_CLIENT);
                view.preflight(pre);
                recorder.preflight(pre);
                if (!pre.ready()) {
                    return ExitCodes.BLOCKED;
                }
                if (!migrate(targets, Phase.PRE_CLIENT)) {
                    return ExitCodes.DATABASE;
                }
                view.heading("WSO2's migration client runs here; the demo stands in for it with repair-api-uuid");
                List<ApiUuidRepair.Assignment> repaired = ClientStandIn.run(targets);
                targets.catalog().changedAll(); // the client's stand-in dropped tables
                view.repair(repaired, false);
                recorder.repair(repaired, false);
                out.line("Dropped AM_LABEL_URLS and AM_LABELS, as the client does once it moved the labels.");
                PreflightResult post = new Preflight(targets, options, registry).run(Phase.POST_CLIENT);
                view.preflight(post);
                if (!post.ready() || !migrate(targets, Phase.POST_CLIENT)) {
                    return ExitCodes.BLOCKED;
                }
                VerificationResult verified = verify(targets);
                view.verification(verified);
                recorder.verify(verified);
                for (DatabaseRole role : DatabaseRole.values()) {
                    recorder.after(role, org.apimmigrate.runner.preflight.SchemaStates.describe(role, targets.get(role),
                            options, targets.catalog()));
                }
                recorder.journal(targets.migrator(options, RunListener.NONE, StatementInterceptor.NONE).status());
                return verified.passed() ? ExitCodes.OK : ExitCodes.BLOCKED;
            }
        }

        private boolean migrate(Targets targets, Phase phase) {
            view.heading("apim-migrate migrate --phase " + phase.cliName());
            RunReport run = targets.migrator(options, ProgressPrinter.forConsole(out), StatementInterceptor.NONE)
                    .migrate(phase);
            view.run(run);
            recorder.run(run);
            return run.succeeded();
        }

        private static VerificationResult verify(Targets targets) {
            ConnectedDatabase am = targets.get(DatabaseRole.APIM_DB);
            ConnectedDatabase shared = targets.get(DatabaseRole.SHARED_DB);
            try (Handle a = am.jdbi().open(); Handle s = shared.jdbi().open()) {
                return Verification.run(a, am.vendor(), s, shared.vendor(), am.identity().equals(shared.identity()));
            }
        }
    }
}
