package org.apimmigrate.runner.config;

import org.apimmigrate.runner.redact.Redactor;

/** A password: never printed, and remembered by {@link Redactor} so that no output can carry it. */
public final class Secret {

    private static final Secret NONE = new Secret(null);
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        if (value == null) {
            return NONE;
        }
        Redactor.remember(value);
        return new Secret(value);
    }

    public static Secret none() {
        return NONE;
    }

    public boolean isPresent() {
        return value != null;
    }

    /** The password itself, for the driver only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return value == null ? "(none)" : Redactor.MASK;
    }
}
