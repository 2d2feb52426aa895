package org.apimmigrate.verify.certification;

import java.nio.file.Path;
import org.apimmigrate.verify.engine.EngineCoverage;
import org.apimmigrate.verify.engine.EngineCoverageReport;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the certification report and the engine coverage when the test JVM is done
 * ({@code apim.certification.dir}, by default {@code target/certification}). Registered through
 * {@code META-INF/services}; writes nothing when the certification did not run.
 */
public final class CertificationListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (CertificationLedger.wasStarted()) {
            Path dir = Path.of(System.getProperty("apim.certification.dir", "target/certification"));
            CertificationReport.write(dir, CertificationLedger.all());
            EngineCoverageReport.write(dir, EngineCoverage.all());
        }
    }
}
