package org.apimmigrate.runner.guide.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Adds keys to a table of a deployment.toml as text, so that everything else (comments, order, spacing) stays as the
 * user wrote it: the keys go after the table's last entry, or into a new table at the end of the file.
 */
public final class TomlEditor {

    private TomlEditor() {
    }

    public static String addKeys(String text, String table, Map<String, String> keys) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<String> entries = keys.entrySet().stream().map(e -> e.getKey() + " = " + quote(e.getValue())).toList();
        Pattern header = Pattern.compile("^\\s*\\[\\s*" + Pattern.quote(table) + "\\s*]\\s*(#.*)?$");
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (header.matcher(lines.get(i)).matches()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.add("[" + table + "]");
            lines.addAll(entries);
        } else {
            int end = at + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("[")) {
                end++;
            }
            // blank lines and comments just above the next table belong to that table
            int insert = end;
            while (insert > at + 1 && (lines.get(insert - 1).isBlank()
                    || lines.get(insert - 1).strip().startsWith("#"))) {
                insert--;
            }
            lines.addAll(insert, entries);
        }
        return String.join("\n", lines) + "\n";
    }

    /** Whether the text has a {@code [table]} header the editor can add to. */
    public static boolean hasHeader(String text, String table) {
        Pattern header = Pattern.compile("(?m)^\\s*\\[\\s*" + Pattern.quote(table) + "\\s*]\\s*(#.*)?$");
        return header.matcher(text).find();
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
