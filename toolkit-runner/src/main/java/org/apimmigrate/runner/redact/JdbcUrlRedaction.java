package org.apimmigrate.runner.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the passwords a JDBC URL may carry: parameters such as {@code password=}, {@code pwd=},
 * {@code trustStorePassword=} in any vendor's syntax ({@code ?a=b&c=d}, {@code ;a=b;c=d}, {@code :a=b;}), and
 * credentials before the host ({@code //user:password@host}, or {@code jdbc:<protocol>:<driver type>:user/password@host}
 * where a driver takes them that way).
 */
public final class JdbcUrlRedaction {

    /** Any parameter whose name ends in password or pwd, up to the next separator. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile(
            "(?i)([?&;:,\\s(]\\s*[a-z_.]*(?:password|pwd)\\s*=\\s*)([^&;,)\\s\"'<]+)");
    /** {@code //user:password@} */
    private static final Pattern USER_INFO = Pattern.compile("(?i)(jdbc:[a-z0-9:]+//[^/:@\\s]+:)([^@/\\s]+)(@)");
    /** {@code jdbc:<protocol>:<driver type>:user/password@host} */
    private static final Pattern SLASHED_CREDENTIALS =
            Pattern.compile("(?i)(jdbc:[a-z0-9]+:[a-z0-9]+:[^/@:\\s]+/)([^@\\s]+)(@)");

    private JdbcUrlRedaction() {
    }

    /** The URL (or any text holding URLs) with passwords masked; everything else stays as given. */
    public static String redactPasswords(String text) {
        if (text == null) {
            return null;
        }
        String out = replace(PASSWORD_PARAMETER, text, m -> m.group(1) + Redactor.MASK);
        out = replace(USER_INFO, out, m -> m.group(1) + Redactor.MASK + m.group(3));
        return replace(SLASHED_CREDENTIALS, out, m -> m.group(1) + Redactor.MASK + m.group(3));
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
