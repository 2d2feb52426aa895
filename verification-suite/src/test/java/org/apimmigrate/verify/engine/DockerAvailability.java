package org.apimmigrate.verify.engine;

import ch.qos.logback.classic.Level;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers can reach a Docker daemon, asked once per JVM. Testcontainers logs an ERROR with a long
 * explanation when it cannot; that is the normal case on machines without Docker, so the check runs with its
 * logging silenced and the suite reports the reason itself.
 */
final class DockerAvailability {

    private static volatile Boolean available;

    private DockerAvailability() {
    }

    static boolean isAvailable() {
        Boolean known = available;
        if (known == null) {
            synchronized (DockerAvailability.class) {
                if (available == null) {
                    available = quietly(() -> DockerClientFactory.instance().isDockerAvailable());
                }
                known = available;
            }
        }
        return known;
    }

    private static boolean quietly(BooleanSupplier check) {
        if (!(LoggerFactory.getLogger("org.testcontainers") instanceof ch.qos.logback.classic.Logger logger)) {
            return check.getAsBoolean();
        }
        Level before = logger.getLevel();
        logger.setLevel(Level.OFF);
        try {
            return check.getAsBoolean();
        } finally {
            logger.setLevel(before);
        }
    }
}
