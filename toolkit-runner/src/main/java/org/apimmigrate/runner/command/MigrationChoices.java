package org.apimmigrate.runner.command;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepContext.RegistryVersioning;
import org.apimmigrate.runner.config.RegistryXml;
import org.apimmigrate.steps.schema.SchemaConvergenceStep;
import picocli.CommandLine.Option;

/** The user's choices that change what steps do. */
public final class MigrationChoices {

    /** Explicit registry versioning choice where registry.xml and the data disagree. */
    public enum Versioning { clean, skip }

    public static final String DROP_SUBSCRIPTION_KEY_MAPPING = "drop-subscription-key-mapping";

    @Option(names = "--registry-xml", paramLabel = "<registry.xml>",
            description = "The 3.2.0 server's registry.xml (<OLD_API-M_HOME>/repository/conf/registry.xml): its "
                    + "versioning flags decide the registry clean-up.")
    Path registryXml;

    @Option(names = "--registry-versioning", paramLabel = "clean|skip",
            description = "Overrides registry.xml: clean removes the rows of old registry versions, skip leaves the "
                    + "registry as it is.")
    Versioning versioning;

    @Option(names = "--accept-partial-schema", description = "Finish a WSO2AM_DB the guide's scripts already partly "
            + "upgraded by hand.")
    boolean acceptPartialSchema;

    @Option(names = "--drop-subscription-key-mapping", description = "Also drop AM_SUBSCRIPTION_KEY_MAPPING, "
            + "obsolete in 4.0.0 (it holds data, so it stays unless asked).")
    boolean dropSubscriptionKeyMapping;

    @Option(names = "--no-fingerprint", description = "Skip the row counts and content digests migrate records of "
            + "every table before and after a phase (the nothing-lost proof verify and the report show); for very "
            + "large tables where its time matters more (README: Performance).")
    boolean noFingerprint;

    private RegistryXml read;

    /** Reads registry.xml now, so that a bad one stops the command before any database is touched. */
    public StepContext.MigrationOptions options() {
        if (registryXml != null && read == null) {
            read = RegistryXml.read(registryXml);
        }
        RegistryVersioning.Choice choice = versioning == null ? RegistryVersioning.Choice.DECIDE_FROM_CONFIGURATION
                : versioning == Versioning.clean ? RegistryVersioning.Choice.CLEAN : RegistryVersioning.Choice.SKIP;
        RegistryVersioning registry = read != null ? read.toOption(choice)
                : new RegistryVersioning(null, choice, "registry.xml not given");
        Set<String> enabled = new LinkedHashSet<>();
        if (acceptPartialSchema) {
            enabled.add(SchemaConvergenceStep.ACCEPT_PARTIAL);
        }
        if (dropSubscriptionKeyMapping) {
            enabled.add(DROP_SUBSCRIPTION_KEY_MAPPING);
        }
        if (noFingerprint) {
            enabled.add(org.apimmigrate.fingerprint.Fingerprinter.OFF);
        }
        return new StepContext.MigrationOptions(registry, enabled);
    }

    /** What registry.xml says and the choice made, in words. */
    public String describeRegistryVersioning() {
        options();
        String config = read != null ? read.describe() + " (versioning " + (read.versioningOn() ? "on" : "off") + ")"
                : "registry.xml not given";
        return versioning == null ? config : config + "; chosen explicitly: --registry-versioning=" + versioning;
    }
}
