package org.apimmigrate.runner.guide.progress;

import java.util.Objects;
import java.util.function.Function;

/**
 * A fact about the migration that may be unknown, e.g. because a database cannot be reached; then it says why.
 *
 * @param value  the fact, or null when unknown
 * @param reason why the fact is unknown, or null when known
 */
public record Probe<T>(T value, String reason) {

    public static <T> Probe<T> of(T value) {
        return new Probe<>(Objects.requireNonNull(value), null);
    }

    public static <T> Probe<T> unknown(String reason) {
        return new Probe<>(null, Objects.requireNonNull(reason));
    }

    public boolean known() {
        return value != null;
    }

    /** True only when known and true: for facts where "unknown" must not count as "yes". */
    public static boolean isTrue(Probe<Boolean> p) {
        return p.known() && p.value();
    }

    public static boolean isFalse(Probe<Boolean> p) {
        return p.known() && !p.value();
    }

    public <R> Probe<R> map(Function<T, R> f) {
        return known() ? Probe.of(f.apply(value)) : Probe.unknown(reason);
    }

    public <R> Probe<R> flatMap(Function<T, Probe<R>> f) {
        return known() ? f.apply(value) : Probe.unknown(reason);
    }
}
