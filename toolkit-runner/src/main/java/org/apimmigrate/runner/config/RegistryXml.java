package org.apimmigrate.runner.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apimmigrate.api.step.StepContext.RegistryVersioning;
import org.apimmigrate.runner.Failure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The old server's {@code <OLD_API-M_HOME>/repository/conf/registry.xml}: the registry versioning flags of
 * {@code <staticConfiguration>} (versioningProperties, versioningComments, versioningTags, versioningRatings) and the
 * datasource of the registry's current {@code <dbConfig>}. A flag that is not set counts as false, the default since
 * API-M 3.0.0.
 */
public final class RegistryXml {

    public static final List<String> FLAGS = List.of("versioningProperties", "versioningComments",
            "versioningTags", "versioningRatings");

    private final Path file;
    private final Map<String, Boolean> flagsSet;
    private final String dataSource;
    private final Failure problem;

    private RegistryXml(Path file, Map<String, Boolean> flagsSet, String dataSource, Failure problem) {
        this.file = file;
        this.flagsSet = Collections.unmodifiableMap(flagsSet);
        this.dataSource = dataSource;
        this.problem = problem;
    }

    /** Reads the file; a missing or unreadable one stops the command. */
    public static RegistryXml read(Path file) {
        RegistryXml xml = readIfPossible(file);
        if (xml.problem != null) {
            throw xml.problem;
        }
        return xml;
    }

    /** Reads what can be read: a missing or unreadable file gives no flags and says why ({@link #error()}). */
    public static RegistryXml readIfPossible(Path file) {
        if (!Files.isRegularFile(file)) {
            return failed(file, Failure.usage("There is no registry.xml at " + file + ".", "Give the old server's "
                    + "file: --registry-xml <OLD_API-M_HOME>/repository/conf/registry.xml (or choose with "
                    + "--registry-versioning=clean|skip)."));
        }
        Document doc;
        try {
            doc = XmlFiles.read(file);
        } catch (SAXException e) {
            return failed(file, Failure.usage(file + " is not a readable registry.xml: " + e.getMessage(),
                    "Give the registry.xml the 3.2.0 server used, unchanged."));
        } catch (IOException e) {
            return failed(file, Failure.usage("Cannot read " + file + ": " + e.getMessage(),
                    "Check the path and its permissions."));
        }
        Map<String, Boolean> flags = new LinkedHashMap<>();
        NodeList statics = doc.getElementsByTagName("staticConfiguration");
        if (statics.getLength() > 0) {
            Element config = (Element) statics.item(0);
            for (String flag : FLAGS) {
                String value = XmlFiles.childText(config, flag);
                if (value != null) {
                    flags.put(flag, Boolean.parseBoolean(value));
                }
            }
        }
        return new RegistryXml(file, flags, registryDataSource(doc), null);
    }

    private static RegistryXml failed(Path file, Failure problem) {
        return new RegistryXml(file, Map.of(), null, problem);
    }

    /** The JNDI name of the datasource of the dbConfig that {@code <currentDBConfig>} selects. */
    private static String registryDataSource(Document doc) {
        NodeList current = doc.getElementsByTagName("currentDBConfig");
        String name = current.getLength() > 0 ? current.item(0).getTextContent().strip() : "wso2registry";
        NodeList configs = doc.getElementsByTagName("dbConfig");
        for (int i = 0; i < configs.getLength(); i++) {
            Element c = (Element) configs.item(i);
            if (name.equals(c.getAttribute("name"))) {
                return XmlFiles.childText(c, "dataSource");
            }
        }
        return null;
    }

    public Path file() {
        return file;
    }

    public boolean readable() {
        return problem == null;
    }

    /** Why the file could not be read; null when it was. */
    public String error() {
        return problem == null ? null : problem.getMessage();
    }

    /** All four flags; one not set in the file is false. */
    public Map<String, Boolean> flags() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        FLAGS.forEach(flag -> all.put(flag, flagsSet.getOrDefault(flag, false)));
        return all;
    }

    /** Only the flags the file sets. */
    public Map<String, Boolean> flagsSet() {
        return flagsSet;
    }

    public Optional<String> dataSource() {
        return Optional.ofNullable(dataSource);
    }

    /** Versioning left version-linked rows where any of the four was on. */
    public boolean versioningOn() {
        return flagsSet.values().stream().anyMatch(Boolean::booleanValue);
    }

    /** Whether the four flags disagree (some on, some off). */
    public boolean mixed() {
        return flags().values().stream().distinct().count() > 1;
    }

    /**
     * {@code registry.xml at <file>: versioningProperties=true, ...}, and where the flags differ per kind, how the
     * clean-up honours that: it removes only rows linked to old versions, kind by kind, so a kind whose flag was off
     * (its rows written without versioning) loses nothing.
     */
    public String describe() {
        String flags = "registry.xml at " + file + ": " + flags().entrySet().stream().map(e -> e.getKey() + "="
                + e.getValue()).collect(Collectors.joining(", "));
        if (!mixed()) {
            return flags;
        }
        String off = flags().entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
        return flags + ". The flags differ per kind: the clean-up removes only the rows linked to old registry "
                + "versions, kind by kind, so the rows of " + off + " (written without versioning) all stay";
    }

    public RegistryVersioning toOption(RegistryVersioning.Choice choice) {
        return new RegistryVersioning(versioningOn(), choice, describe());
    }
}
