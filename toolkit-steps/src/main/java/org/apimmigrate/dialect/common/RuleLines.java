package org.apimmigrate.dialect.common;

import java.util.Arrays;
import java.util.List;

/** Reads a vendor rule file: one rule a line, fields split by {@code |}, blank lines and {@code #} comments skipped. */
final class RuleLines {

    private RuleLines() {
    }

    static List<List<String>> read(String path) {
        return SqlResource.find(path).map(RuleLines::parse).orElse(List.of());
    }

    static List<List<String>> parse(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> Arrays.stream(l.split("\\|", -1)).map(String::strip).toList()).toList();
    }
}
