package org.apimmigrate.dialect.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named SQL texts from one resource file of a vendor package. Each text starts after a {@code -- name: <name>} line
 * and runs to the next such line; lines before the first name are the file's own comments. A text is sent to the
 * server as it stands (trimmed), so it carries no terminator unless the vendor's syntax needs one
 * (PL/SQL {@code END;}).
 */
public final class NamedSql {

    private static final Pattern NAME_LINE = Pattern.compile("(?m)^--\\s*name:\\s*(\\S+)\\s*$");

    private final String resource;
    private final Map<String, String> texts;

    private NamedSql(String resource, Map<String, String> texts) {
        this.resource = resource;
        this.texts = texts;
    }

    /** Reads {@code fileName} from the package of {@code owner}, e.g. {@code org/apimmigrate/dialect/h2/x.sql}. */
    public static NamedSql load(Class<?> owner, String fileName) {
        String resource = owner.getPackageName().replace('.', '/') + "/" + fileName;
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SQL resource missing from the classpath: " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL resource " + resource, e);
        }
    }

    static NamedSql parse(String resource, String content) {
        Map<String, String> texts = new LinkedHashMap<>();
        Matcher m = NAME_LINE.matcher(content);
        String name = null;
        int from = 0;
        while (m.find()) {
            if (name != null) {
                texts.put(name, content.substring(from, m.start()).strip());
            }
            name = m.group(1);
            from = m.end();
        }
        if (name != null) {
            texts.put(name, content.substring(from).strip());
        }
        return new NamedSql(resource, Map.copyOf(texts));
    }

    public java.util.Optional<String> find(String name) {
        String text = texts.get(name);
        return text == null || text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text);
    }

    public String get(String name) {
        String text = texts.get(name);
        if (text == null || text.isEmpty()) {
            throw new IllegalStateException("No SQL named '" + name + "' in " + resource);
        }
        return text;
    }
}
