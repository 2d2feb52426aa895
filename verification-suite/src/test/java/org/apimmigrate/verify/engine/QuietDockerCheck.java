package org.apimmigrate.verify.engine;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Asks for Docker quietly ({@link DockerAvailability}) before {@code @Testcontainers} asks loudly: Testcontainers
 * remembers the answer and logs its long ERROR only on the first check. Declare it before {@code @Testcontainers}.
 */
final class QuietDockerCheck implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return ConditionEvaluationResult.enabled("Docker available: " + DockerAvailability.isAvailable());
    }
}
