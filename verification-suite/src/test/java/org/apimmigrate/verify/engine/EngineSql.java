package org.apimmigrate.verify.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL an engine runs for itself (a new database, schema or user per test), kept in resource files
 * {@code org/apimmigrate/verify/engine/sql/<vendor>/<purpose>.sql}. Statements are separated by a line holding only
 * {@code /}, so PL/SQL and T-SQL blocks need no splitter; lines starting with {@code --} are comments.
 * {@code ${key}} placeholders are filled from the values given; an unknown placeholder is an error.
 */
public final class EngineSql {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    private EngineSql() {
    }


    public static List<String> statements(String vendorId, String purpose, Map<String, String> values) {
        String script = fill(read(path(vendorId, purpose)), values);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            if (line.strip().equals("/")) {
                add(out, current);
            } else if (!line.strip().startsWith("--")) {
                current.append(line).append('\n');
            }
        }
        add(out, current);
        return out;
    }

    public static void run(Connection connection, String vendorId, String purpose, Map<String, String> values)
            throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements(vendorId, purpose, values)) {
                s.execute(sql);
            }
        }
    }

    /** Whether the vendor has SQL for this purpose: tests that need it run only where it exists. */
    public static boolean exists(String vendorId, String purpose) {
        return EngineSql.class.getResource(path(vendorId, purpose)) != null;
    }

    private static void add(List<String> out, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            out.add(sql);
        }
        current.setLength(0);
    }

    private static String fill(String script, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for ${" + m.group(1) + "} in engine SQL");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String path(String vendorId, String purpose) {
        return "/org/apimmigrate/verify/engine/sql/" + vendorId + "/" + purpose + ".sql";
    }

    private static String read(String path) {
        try (InputStream in = EngineSql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No engine SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
