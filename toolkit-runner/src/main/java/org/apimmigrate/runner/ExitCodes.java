package org.apimmigrate.runner;

/** What {@code apim-migrate} returns to the shell. */
public final class ExitCodes {

    /** Done: the command did what it was asked. */
    public static final int OK = 0;
    /** Blockers found or checks failed: nothing was changed where a blocker stood. */
    public static final int BLOCKED = 1;
    /** Bad usage or configuration: nothing was changed. */
    public static final int USAGE = 2;
    /** A database refused or failed; a migration resumes where it stopped when run again. */
    public static final int DATABASE = 3;
    /** A fault in the toolkit itself (a bug, not the input or the database): report it with the --verbose output. */
    public static final int INTERNAL = 4;

    /** The sentence the top-level help, README and docs give. */
    public static final String SUMMARY = "Exit codes: 0 done, 1 blockers or failed checks, 2 bad usage or "
            + "configuration (nothing changed), 3 database error, 4 internal fault of the toolkit.";

    private ExitCodes() {
    }
}
