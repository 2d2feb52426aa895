package org.apimmigrate.runner.guide.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Optional;
import org.apimmigrate.api.vendor.ConnectionFacts;
import org.apimmigrate.api.vendor.Vendor;
import org.apimmigrate.api.vendor.Vendors;
import org.apimmigrate.runner.config.DatasourceTable;

/** The vendors of deployment.toml's {@code [database.*]} tables and of the driver jars beside API-M. */
public final class DriverJars {

    private DriverJars() {
    }

    /** The vendor a {@code [database.<name>]} table's {@code type} names. */
    public static Optional<Vendor> vendorOf(DatasourceTable table) {
        return Vendors.forTomlType(table.type());
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
