package org.apimmigrate.verify.engine;

/** Where a real engine came from. Every report names the tier that verified a vendor. */
public enum EngineTier {
    /** A real engine in a container, only where Docker is available. */
    TESTCONTAINERS("Testcontainers"),
    /** A real engine started in-process from Maven Central artifacts; needs nothing installed. */
    EMBEDDED("embedded"),
    /** A real engine someone else runs, given by JDBC URL (e.g. a staging server). */
    EXTERNAL("external");

    private final String label;

    EngineTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
