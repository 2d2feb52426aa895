package org.apimmigrate.runner.config;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secure-vault references ({@code $secret{alias}}) in deployment.toml values: the value is encrypted, and only the
 * WSO2 server can decrypt it. Only aliases are ever reported.
 */
public final class SecretReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$secret\\{([^}]+)}");

    private SecretReferences() {
    }

    public static boolean isReference(String value) {
        return alias(value).isPresent();
    }

    /** The first alias the value references. */
    public static Optional<String> alias(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(value);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The aliases referenced in any of the values, in order of appearance. */
    public static Set<String> aliases(Iterable<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : values) {
            Matcher m = REFERENCE.matcher(s);
            while (m.find()) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }
}
