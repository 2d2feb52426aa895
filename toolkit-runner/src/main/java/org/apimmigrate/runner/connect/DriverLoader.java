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
import java.util.Optional;
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

    /**
     * The driver that serves the datasource, fails with a clear message where none does. Looked up by class name where
     * one is known (the class deployment.toml names, then the one the vendor gives for the URL's prefix), as asking
     * {@link DriverManager} first loads and starts every driver on the class path: for the seven bundled ones that
     * takes over half a second, in every command. Other URLs go to DriverManager, which holds the folder's drivers.
     */
    public Driver driverFor(Datasource ds, Optional<String> vendorDriverClass) {
        List<String> named = new ArrayList<>();
        if (ds.driver() != null && !ds.driver().isBlank()) {
            String name = ds.driver().strip();
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw Failure.usage("The JDBC driver class " + ds.driver() + " named in " + ds.origin()
                        + " is neither bundled nor in " + describeDirs() + ".", "Copy the vendor's JDBC driver jar "
                        + "into repository/components/lib, or remove the driver line to use the bundled driver.");
            }
            named.add(name);
        }
        vendorDriverClass.ifPresent(named::add);
        for (String name : named) {
            Optional<Driver> driver = instance(name).filter(d -> accepts(d, ds.url()));
            if (driver.isPresent()) {
                return driver.get();
            }
        }
        try {
            return DriverManager.getDriver(ds.url());
        } catch (SQLException e) {
            throw Failure.usage("No JDBC driver accepts the URL " + ds.safeUrl() + " of " + ds.origin() + ".",
                    "Check the URL (it starts " + Vendors.urlPrefixes() + "), or copy the driver jar into "
                            + "repository/components/lib.");
        }
    }

    private Optional<Driver> instance(String className) {
        try {
            return Optional.of((Driver) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            LOG.debug("JDBC driver class {} not usable: {}", className, e.toString());
            return Optional.empty();
        }
    }

    private static boolean accepts(Driver driver, String url) {
        try {
            return driver.acceptsURL(url);
        } catch (SQLException e) {
            return false;
        }
    }

    private String describeDirs() {
        return dirs.isEmpty() ? "any driver folder (none was given)" : dirs.toString();
    }
}
