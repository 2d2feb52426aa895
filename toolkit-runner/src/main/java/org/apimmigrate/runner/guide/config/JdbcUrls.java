package org.apimmigrate.runner.guide.config;

/** Comparing the JDBC URLs of two deployment.toml files. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    /** Whether two URLs name the same database, ignoring letter case and surrounding blanks. */
    public static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
