package org.apimmigrate.verify.certification;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One check of a vendor's certification, with the figures it was decided on.
 *
 * @param group   what the check is about: schema, api-uuid, registry, nothing-lost, runs
 * @param figures counts and times behind the verdict, in the order they were taken
 * @param detail  why it failed, or a short note; empty when there is nothing to add
 */
public record CheckResult(String group, String name, boolean passed, Map<String, Object> figures, String detail) {

    public CheckResult {
        figures = new LinkedHashMap<>(figures);
    }

    static CheckResult of(String group, String name, boolean passed, Map<String, Object> figures, String detail) {
        return new CheckResult(group, name, passed, figures, detail);
    }
}
