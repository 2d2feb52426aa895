package org.apimmigrate.runner.command;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apimmigrate.run.StatementInterceptor;

/**
 * For crash tests of the real jar: {@code -Dapim.migrate.haltBefore=<step>:<n>} makes {@code migrate} stop before
 * the n-th statement of that step, say so on standard error, and wait there until the process is killed. The test
 * then knows exactly where the crash hit. Not a command-line option: release engineers have no use for it.
 */
final class CrashPoint implements StatementInterceptor {

    static final String PROPERTY = "apim.migrate.haltBefore";

    private final String stepId;
    private final int statement;
    private final Map<String, Integer> seen = new HashMap<>();

    private CrashPoint(String stepId, int statement) {
        this.stepId = stepId;
        this.statement = statement;
    }

    static StatementInterceptor fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || !value.contains(":")) {
            return StatementInterceptor.NONE;
        }
        int colon = value.lastIndexOf(':');
        return new CrashPoint(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
    }

    @Override
    public void before(String step, int ordinal, String sql) {
        int n = seen.merge(step, 1, Integer::sum);
        if (step.equals(stepId) && n == statement) {
            System.err.println("halted before statement " + n + " of " + step + " (" + PROPERTY + ")");
            System.err.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("halted run interrupted", e);
            }
        }
    }
}
