package org.apimmigrate.steps.registry;

import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.step.StepContext.RegistryVersioning;

/**
 * Whether the registry versioning clean-up runs: the old registry.xml says whether versioning was on, the data says
 * whether version-linked rows exist. Where the two disagree, nothing is guessed: the user must choose.
 */
record VersioningDecision(boolean clean, String reason, List<Finding> findings) {

    static VersioningDecision of(RegistryVersioning config, long versionedRows) {
        switch (config.choice()) {
            case CLEAN:
                return new VersioningDecision(true, "clean-up chosen explicitly", List.of());
            case SKIP:
                return new VersioningDecision(false, "clean-up skipped by explicit choice", List.of());
            default:
                break;
        }
        boolean dataVersioned = versionedRows > 0;
        if (config.configuredOn() == null) {
            if (!dataVersioned) {
                return new VersioningDecision(false, "no version-linked registry rows; registry.xml not given",
                        List.of());
            }
            return new VersioningDecision(false, "", List.of(Finding.blocker(FindingCode.REGISTRY_XML_NEEDED,
                    "The registry holds " + versionedRows + " version-linked association rows, but the old "
                            + "registry.xml was not given, so it is unknown whether versioning was on.",
                    "Give --registry-xml <OLD_API-M_HOME>/repository/conf/registry.xml, or choose explicitly with "
                            + "--registry-versioning=clean or --registry-versioning=skip.")));
        }
        if (config.configuredOn() && dataVersioned) {
            return new VersioningDecision(true, "versioning was on (" + config.source() + ") and " + versionedRows
                    + " version-linked rows exist", List.of());
        }
        if (!config.configuredOn() && !dataVersioned) {
            return new VersioningDecision(false, "versioning was off (" + config.source()
                    + ") and no version-linked rows exist", List.of());
        }
        String says = config.configuredOn() ? "on" : "off";
        String data = dataVersioned ? versionedRows + " version-linked association rows" : "no version-linked rows";
        return new VersioningDecision(false, "", List.of(Finding.blocker(FindingCode.REGISTRY_VERSIONING_DISAGREES,
                "registry.xml (" + config.source() + ") says registry versioning was " + says
                        + ", but the registry holds " + data + ".",
                "Check which registry.xml the 3.2.0 server really used. Then choose explicitly: "
                        + "--registry-versioning=clean removes the old versions' rows (as the guide's script does, "
                        + "without touching rows written without versioning), --registry-versioning=skip leaves "
                        + "the registry as it is.")));
    }
}
