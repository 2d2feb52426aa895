package org.apimmigrate.runner.connect;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Datasource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the JDBC drivers of {@code <API-M_HOME>/repository/components/lib} (where the guide has users copy them)
 * available beside the bundled ones. Bundled drivers come first; a driver from the folder serves URLs no bundled
 * driver accepts, or is used where deployment.toml names its class.
 */
public final class DriverLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DriverLoader.class);

    private final ClassLoader loader;
    private final List<Path> dirs;

    private DriverLoader(ClassLoader loader, List<Path> dirs) {
        this.loader = loader;
        this.dirs = dirs;
    }

    public static DriverLoader of(List<Path> dirs) {
        List<URL> jars = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(url(jar));
                }
            } catch (IOException e) {
                throw Failure.usage("Cannot list the driver folder " + dir + ": " + e.getMessage(),
                        "Check its permissions.");
            }
        }
        ClassLoader parent = DriverLoader.class.getClassLoader();
        if (jars.isEmpty()) {
            return new DriverLoader(parent, dirs);
        }
        URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), parent);
        registerFolderDrivers(loader);
        return new DriverLoader(loader, dirs);
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void registerFolderDrivers(URLClassLoader loader) {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return;
                }
                Driver d = drivers.next();
                if (d.getClass().getClassLoader() == loader) {
                    DriverManager.registerDriver(new DriverShim(d));
                    LOG.debug("Registered JDBC driver {} from the driver folder", d.getClass().getName());
                }
            } catch (ServiceConfigurationError | SQLException e) {
                LOG.warn("A jar in the driver folder offers a JDBC driver that cannot be loaded: {}", e.getMessage());
            }
        }
    }

    /** Fails with a clear message where no driver serves the datasource. */
    public void requireDriver(Datasource ds) {
        if (ds.driver() != null && !ds.driver().isBlank()) {
            try {
                Class.forName(ds.driver().strip(), true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw Failure.usage("The JDBC driver class " + ds.driver() + " named in " + ds.origin()
                        + " is neither bundled nor in " + describeDirs() + ".", "Copy the vendor's JDBC driver jar "
                        + "into repository/components/lib, or remove the driver line to use the bundled driver.");
            }
        }
        try {
            DriverManager.getDriver(ds.url());
        } catch (SQLException e) {
            throw Failure.usage("No JDBC driver accepts the URL " + ds.safeUrl() + " of " + ds.origin() + ".",
                    "Check the URL (it starts " + Vendors.urlPrefixes() + "), or copy the driver jar into "
                            + "repository/components/lib.");
        }
    }

    private String describeDirs() {
        return dirs.isEmpty() ? "any driver folder (none was given)" : dirs.toString();
    }
}
