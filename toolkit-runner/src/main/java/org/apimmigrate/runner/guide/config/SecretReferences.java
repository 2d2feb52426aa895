package org.apimmigrate.runner.guide.config;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Secure-vault references ({@code $secret{alias}}) in configuration values. Only aliases are ever reported. */
public final class SecretReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$secret\\{([^}]+)}");

    private SecretReferences() {
    }

    public static boolean isReference(String value) {
        return value != null && REFERENCE.matcher(value).find();
    }

    /** The aliases referenced anywhere in the file, in order of appearance. */
    public static Set<String> aliases(TomlConfig toml) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : toml.allStrings()) {
            Matcher m = REFERENCE.matcher(s);
            while (m.find()) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }
}
