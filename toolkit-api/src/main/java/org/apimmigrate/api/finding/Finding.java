package org.apimmigrate.api.finding;

/**
 * Something a check found, worded for a release engineer: what is wrong and what to do about it.
 *
 * @param code   stable id for reports and automation, e.g. {@link FindingCode#API_UUID_DUPLICATE}
 * @param remedy what to do; empty when nothing is needed
 */
public record Finding(Severity severity, FindingCode code, String message, String remedy) {

    public enum Severity {
        /** Stops the run: nothing is changed until it is resolved. */
        BLOCKER,
        /** Worth knowing, the run goes on. */
        WARNING,
        INFO
    }

    public static Finding blocker(FindingCode code, String message, String remedy) {
        return new Finding(Severity.BLOCKER, code, message, remedy);
    }

    public static Finding warning(FindingCode code, String message, String remedy) {
        return new Finding(Severity.WARNING, code, message, remedy);
    }

    public static Finding info(FindingCode code, String message) {
        return new Finding(Severity.INFO, code, message, "");
    }

    public boolean blocks() {
        return severity == Severity.BLOCKER;
    }
}
