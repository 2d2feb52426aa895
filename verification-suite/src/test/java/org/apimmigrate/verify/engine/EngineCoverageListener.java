package org.apimmigrate.verify.engine;

import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the engine coverage of the test JVM when its tests are done, to {@code apim.certification.dir} (the build
 * sets {@code target/certification}). Registered through {@code META-INF/services}.
 */
public final class EngineCoverageListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (EngineCoverage.isEmpty()) {
            return;
        }
        Path dir = Path.of(System.getProperty("apim.certification.dir", "target/certification"));
        EngineCoverageReport.write(dir, EngineCoverage.all());
    }
}
