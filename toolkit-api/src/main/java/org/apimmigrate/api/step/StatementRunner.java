package org.apimmigrate.api.step;

/**
 * Runs single statements for steps, so that every statement is logged, counted and can be interrupted at its
 * boundary (by tests proving that a crash anywhere is resumable).
 */
public interface StatementRunner {

    /** Runs one statement; returns the rows it changed (0 for DDL). */
    long run(String statement);
}
