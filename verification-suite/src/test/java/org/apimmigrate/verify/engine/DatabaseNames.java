package org.apimmigrate.verify.engine;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes database names that are unique in this JVM and legal on every engine. */
final class DatabaseNames {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private DatabaseNames() {
    }

    static String next(String hint) {
        String clean = hint == null ? "db" : hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "db_" + clean;
        }
        if (clean.length() > 20) {
            clean = clean.substring(0, 20);
        }
        return clean + "_" + COUNTER.incrementAndGet();
    }
}
