package org.apimmigrate.api.finding;

/** The innermost cause of a failure, worded for a message: the database's own words rather than a wrapper's. */
public final class RootCause {

    private RootCause() {
    }

    /** The message of the innermost cause, or its type where it has no message. */
    public static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.strip();
    }

    /** The first line of {@link #message}: enough for a one-line status where the database's message runs on. */
    public static String firstLine(Throwable e) {
        String m = message(e);
        return m.lines().findFirst().orElse(m).strip();
    }
}
