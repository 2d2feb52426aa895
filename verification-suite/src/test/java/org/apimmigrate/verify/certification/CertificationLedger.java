package org.apimmigrate.verify.certification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The certifications of this JVM's test run, for the report written when the run ends. */
final class CertificationLedger {

    private static final List<EngineCertification> RECORDED = new CopyOnWriteArrayList<>();
    private static volatile boolean started;

    private CertificationLedger() {
    }

    /** The certification ran in this JVM (possibly on no engine at all): the report is written. */
    static void started() {
        started = true;
    }

    static boolean wasStarted() {
        return started;
    }

    static void record(EngineCertification certification) {
        RECORDED.add(certification);
    }

    static List<EngineCertification> all() {
        return List.copyOf(RECORDED);
    }
}
