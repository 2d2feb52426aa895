package org.apimmigrate.runner;

/**
 * Why a command stops, worded for a release engineer: what is wrong and what to do, and the exit code it means.
 * Thrown wherever the problem is found; {@code cli.Main} prints it once and exits.
 */
public final class Failure extends RuntimeException {

    private final int exitCode;
    private final String remedy;

    private Failure(int exitCode, String message, String remedy, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.remedy = remedy;
    }

    /** Bad usage or configuration (exit 2). */
    public static Failure usage(String message, String remedy) {
        return new Failure(ExitCodes.USAGE, message, remedy, null);
    }

    /** A database could not be reached or refused (exit 3). */
    public static Failure database(String message, String remedy, Throwable cause) {
        return new Failure(ExitCodes.DATABASE, message, remedy, cause);
    }

    /** A fault of the toolkit itself, not of the input or the database (exit 4). */
    public static Failure internal(String message, String remedy, Throwable cause) {
        return new Failure(ExitCodes.INTERNAL, message, remedy, cause);
    }

    /** Something blocks the command; nothing was changed (exit 1). */
    public static Failure blocked(String message, String remedy) {
        return new Failure(ExitCodes.BLOCKED, message, remedy, null);
    }

    public int exitCode() {
        return exitCode;
    }

    public String remedy() {
        return remedy;
    }
}
