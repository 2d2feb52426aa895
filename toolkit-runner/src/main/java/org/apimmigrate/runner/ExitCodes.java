package org.apimmigrate.runner;

/** What {@code apim-migrate} returns to the shell. */
public final class ExitCodes {

    /** Done: the command did what it was asked. */
    public static final int OK = 0;
    /** Blockers found or checks failed: nothing was changed where a blocker stood. */
    public static final int BLOCKED = 1;
    /** Bad usage or configuration: nothing was changed. */
    public static final int USAGE = 2;
    /** A database refused or failed. */
    public static final int DATABASE = 3;

    private ExitCodes() {
    }
}
