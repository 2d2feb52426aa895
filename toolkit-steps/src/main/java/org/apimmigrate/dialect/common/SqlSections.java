package org.apimmigrate.dialect.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SQL resource split into named sections of statement templates, e.g. a vendor's change templates
 * ({@code org/apimmigrate/dialect/<id>/ddl/changes.sql}) or a step's per-vendor SQL. The file is split into sections headed {@code -- [key]}; a section holds one or more statements separated by lines
 * that read {@code --;} (so PL/SQL and T-SQL blocks may contain {@code ;}). Slots are {@code ${name}}.
 */
public final class SqlSections {

    private final Map<String, List<String>> sections;

    private SqlSections(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    public static SqlSections read(String resourcePath) {
        return parse(SqlResource.read(resourcePath));
    }

    public static SqlSections parse(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String key = null;
        StringBuilder current = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("-- [") && trimmed.endsWith("]")) {
                if (key != null) {
                    close(statements, current);
                    sections.put(key, List.copyOf(statements));
                }
                key = trimmed.substring(4, trimmed.length() - 1);
                statements = new ArrayList<>();
                current = new StringBuilder();
            } else if (key != null && trimmed.equals("--;")) {
                close(statements, current);
                current = new StringBuilder();
            } else if (key != null && !(trimmed.startsWith("--") && current.isEmpty())) {
                current.append(line).append('\n');
            }
        }
        if (key != null) {
            close(statements, current);
            sections.put(key, List.copyOf(statements));
        }
        return new SqlSections(sections);
    }

    /**
     * Ends a statement without the comment lines that follow its last line: they introduce what comes next (a file may
     * describe a section before its heading), and a statement carrying them would show them in logs and plans.
     */
    private static void close(List<String> statements, StringBuilder current) {
        List<String> lines = new ArrayList<>(List.of(current.toString().split("\n", -1)));
        while (!lines.isEmpty() && (lines.get(lines.size() - 1).isBlank()
                || lines.get(lines.size() - 1).strip().startsWith("--"))) {
            lines.remove(lines.size() - 1);
        }
        String s = String.join("\n", lines).strip();
        if (!s.isEmpty()) {
            statements.add(s);
        }
    }

    /** The first section found among the keys, most specific first. */
    public Optional<List<String>> find(String... keys) {
        for (String k : keys) {
            if (sections.containsKey(k)) {
                return Optional.of(sections.get(k));
            }
        }
        return Optional.empty();
    }

    public List<String> require(String... keys) {
        return find(keys).orElseThrow(() -> new IllegalStateException("No SQL section " + String.join(" / ",
                keys)));
    }
}
