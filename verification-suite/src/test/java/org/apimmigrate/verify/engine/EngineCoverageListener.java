package org.apimmigrate.verify.engine;

import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the engine coverage of a test JVM outside the integration tests (unit tests that asked for an engine) to
 * {@code target/certification}. In the integration tests, where Failsafe sets {@code apim.certification.dir} and
 * several test JVMs run side by side, the JVM that certified writes it with the certification
 * ({@code certification.CertificationListener}): one writer, so no JVM overwrites another's. Registered through
 * {@code META-INF/services}.
 */
public final class EngineCoverageListener implements TestExecutionListener {

    private static final String DIR_PROPERTY = "apim.certification.dir";

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (System.getProperty(DIR_PROPERTY) != null || EngineCoverage.isEmpty()) {
            return;
        }
        EngineCoverageReport.write(Path.of("target/certification"), EngineCoverage.all());
    }
}
