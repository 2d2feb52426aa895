package org.apimmigrate.verify.certification;

import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the certification report when the test JVM is done, next to the engine coverage
 * ({@code apim.certification.dir}, by default {@code target/certification}). Registered through
 * {@code META-INF/services}; writes nothing when the certification did not run.
 */
public final class CertificationListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (CertificationLedger.wasStarted()) {
            CertificationReport.write(Path.of(System.getProperty("apim.certification.dir", "target/certification")),
                    CertificationLedger.all());
        }
    }
}
