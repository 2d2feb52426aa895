package org.apimmigrate.dialect.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Vendor SQL and vendor facts kept as classpath resources, read as text and filled from {@code ${name}} slots. */
public final class SqlResource {

    private SqlResource() {
    }

    public static String read(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException("No resource " + path));
    }

    public static Optional<String> find(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every {@code ${key}} replaced; a slot left unfilled is an error, not silent output. */
    public static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        int open = out.indexOf("${");
        if (open >= 0) {
            throw new IllegalArgumentException("Unfilled slot in template: " + out.substring(open));
        }
        return out;
    }
}
