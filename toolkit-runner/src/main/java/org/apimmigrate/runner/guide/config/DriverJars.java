package org.apimmigrate.runner.guide.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.Vendors;

/** Which jars beside API-M are the vendors' JDBC drivers. */
public final class DriverJars {

    private DriverJars() {
    }

    /** Whether the jar's file name is one of the vendor's driver jars. */
    public static boolean isDriverJar(ConnectionFacts vendor, Path jar) {
        return vendor.driverJars().stream()
                .anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(jar.getFileName()));
    }

    /** Whether the jar is any known vendor's JDBC driver. */
    public static boolean anyVendorsDriver(Path jar) {
        return Vendors.all().stream().anyMatch(v -> isDriverJar(v.connection(), jar));
    }
}
