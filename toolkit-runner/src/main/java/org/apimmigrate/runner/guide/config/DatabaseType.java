package org.apimmigrate.runner.guide.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * A {@code type} of deployment.toml's {@code [database.*]} tables, with what the guide says about it.
 *
 * @param tomlType                 the value of {@code type}, e.g. {@code postgre}
 * @param vendorId                 the toolkit vendor whose JDBC URLs it takes
 * @param driver                   the driver class the guide gives
 * @param validationQuery          the validation query the guide gives
 * @param needsDriverAndValidation whether the guide requires {@code driver} and {@code validationQuery} for it
 * @param driverJars               file-name globs of its JDBC driver jar; empty when API-M ships the driver
 * @param readOnlyUrlSuffix        appended to the URL when the checklist connects, so that reading never creates a
 *                                 database (empty when the engine never does)
 * @param homeRelativeScheme       URL scheme after which {@code ./} means the API-M home (empty when not used)
 */
public record DatabaseType(String tomlType, String vendorId, String driver, String validationQuery,
                           boolean needsDriverAndValidation, List<String> driverJars, String readOnlyUrlSuffix,
                           String homeRelativeScheme) {

    public boolean bundledDriver() {
        return driverJars.isEmpty();
    }

    public boolean isDriverJar(Path jar) {
        for (String glob : driverJars) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(jar.getFileName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the URL is the database the product pack ships inside its home (e.g. H2 under repository/database). */
    public boolean shippedDefault(String url) {
        return !homeRelativeScheme.isEmpty() && url != null && url.strip().startsWith(homeRelativeScheme + "./");
    }

    /** The URL the checklist opens: home-relative paths resolved, and never creating a database. */
    public String urlForReading(String url, Path home) {
        String out = url.strip();
        if (!homeRelativeScheme.isEmpty() && out.startsWith(homeRelativeScheme + "./")) {
            out = homeRelativeScheme + home.toAbsolutePath().normalize()
                    + out.substring(homeRelativeScheme.length() + 1);
        }
        return out + readOnlyUrlSuffix;
    }
}
