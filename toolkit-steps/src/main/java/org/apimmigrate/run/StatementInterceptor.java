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

    StatementInterceptor NONE = (stepId, ordinal, statement) -> { };
}
