package org.apimmigrate.runner.guide.config;

import java.util.regex.Pattern;

/** JDBC URLs as reports may show them: a password a URL carries is masked. */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)((?:password|pwd)\\s*=\\s*)[^;&]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@;]+:)[^@/]*@");

    private JdbcUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String out = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(out).replaceAll("$1***@");
    }

    /** Whether two URLs name the same database, ignoring letter case and surrounding blanks. */
    public static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
