package org.apimmigrate.runner.redact;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every password this process has read, so that no output can carry one: console lines, log lines and
 * reports all pass through {@link #scrub}. A second line of defence behind never printing them in the first place
 * (e.g. a driver message that quotes a URL).
 */
public final class Redactor {

    public static final String MASK = "****";
    /** Shorter values would mask ordinary words; such passwords are weak anyway and never printed by us. */
    private static final int SHORTEST_SCRUBBED = 4;
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private Redactor() {
    }

    public static void remember(String secret) {
        if (secret != null && secret.length() >= SHORTEST_SCRUBBED) {
            SECRETS.add(secret);
        }
    }

    /** The text with every remembered secret and every password parameter of a JDBC URL masked. */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = JdbcUrlRedaction.redactPasswords(text);
        // longest first, so that a password containing another is masked whole
        for (String secret : SECRETS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            out = out.replace(secret, MASK);
        }
        return out;
    }
}
