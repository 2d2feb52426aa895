package org.apimmigrate.runner;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The runner's packages form no cycle, and `guide` stays apart: only the command list reaches it. */
class PackageCyclesTest {

    private static final String GUIDE = "org.apimmigrate.runner.guide";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.apimmigrate.runner");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.apimmigrate.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheCommandListRefersToTheGuide() {
        assertThat(MAIN.stream().filter(c -> !inGuide(c))
                .filter(c -> c.getDirectDependenciesFromSelf().stream().anyMatch(d -> inGuide(d.getTargetClass())))
                .map(JavaClass::getName)).containsExactly("org.apimmigrate.runner.command.Commands");
    }

    @Test
    void theGuideUsesOnlyTheRunnersConfigurationConnectionRedactionAndReportPieces() {
        assertThat(MAIN.stream().filter(PackageCyclesTest::inGuide)
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName())
                .filter(p -> p.startsWith("org.apimmigrate.runner") && !p.startsWith(GUIDE))
                .distinct()).allMatch(p -> p.equals("org.apimmigrate.runner") || p.endsWith(".config")
                        || p.endsWith(".connect") || p.endsWith(".redact") || p.endsWith(".report"));
    }

    private static boolean inGuide(JavaClass c) {
        return c.getPackageName().equals(GUIDE) || c.getPackageName().startsWith(GUIDE + ".");
    }
}
