package org.apimmigrate.run;

/**
 * Sees every statement before it runs. The command line logs SQL through it with {@code --verbose}; tests throw from
 * it to stop a run at a statement boundary, as a crash would.
 */
@FunctionalInterface
public interface StatementInterceptor {

    /**
     * @param stepId the step running the statement
     * @param ordinal 1-based number of the statement within this run (all steps)
     */
    void before(String stepId, int ordinal, String statement);

    /**
     * The statement {@link #before} saw has ended, run or refused (a step's statements may run on two connections at
     * once, so the next one's start does not mark this one's end).
     */
    default void after(String stepId, int ordinal, String statement) {
    }

    StatementInterceptor NONE = (stepId, ordinal, statement) -> { };
}
