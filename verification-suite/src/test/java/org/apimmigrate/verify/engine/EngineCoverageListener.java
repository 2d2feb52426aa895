package org.apimmigrate.verify.engine;

import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the engine coverage of the test JVM when its tests are done, to {@code apim.certification.dir} (Failsafe
 * sets {@code target/certification}). A JVM without that setting (unit tests) writes only if a test asked for an
 * engine. Registered through {@code META-INF/services}.
 */
public final class EngineCoverageListener implements TestExecutionListener {

    private static final String DIR_PROPERTY = "apim.certification.dir";

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null && EngineCoverage.isEmpty()) {
            return;
        }
        EngineCoverageReport.write(Path.of(dir != null ? dir : "target/certification"), EngineCoverage.all());
    }
}
