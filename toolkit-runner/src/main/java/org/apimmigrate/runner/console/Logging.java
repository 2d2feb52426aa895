package org.apimmigrate.runner.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Switches the toolkit's logging between quiet (warnings) and verbose (every statement as it runs). */
public final class Logging {

    private Logging() {
    }

    public static void verbose(boolean on) {
        level("org.apimmigrate", on ? Level.DEBUG : Level.WARN);
        level("com.zaxxer.hikari", on ? Level.WARN : Level.OFF);
    }

    private static void level(String logger, Level level) {
        if (LoggerFactory.getLogger(logger) instanceof Logger l) {
            l.setLevel(level);
        }
    }
}
