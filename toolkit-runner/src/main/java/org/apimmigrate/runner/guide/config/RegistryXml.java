package org.apimmigrate.runner.guide.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The old home's registry.xml: the versioning flags of {@code <staticConfiguration>} and the registry's datasource. */
public final class RegistryXml {

    /** The four flags the guide says to look at. */
    public static final List<String> VERSIONING_FLAGS = List.of("versioningProperties", "versioningComments",
            "versioningTags", "versioningRatings");

    private final Path file;
    private final Map<String, Boolean> flags;
    private final String dataSource;
    private final String error;

    private RegistryXml(Path file, Map<String, Boolean> flags, String dataSource, String error) {
        this.file = file;
        this.flags = flags;
        this.dataSource = dataSource;
        this.error = error;
    }

    public static RegistryXml read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new RegistryXml(file, Map.of(), null, file + " does not exist");
        }
        try {
            Document doc = XmlFiles.read(file);
            Map<String, Boolean> flags = new LinkedHashMap<>();
            NodeList statics = doc.getElementsByTagName("staticConfiguration");
            if (statics.getLength() > 0) {
                Element s = (Element) statics.item(0);
                for (String flag : VERSIONING_FLAGS) {
                    String v = XmlFiles.childText(s, flag);
                    if (v != null) {
                        flags.put(flag, Boolean.parseBoolean(v));
                    }
                }
            }
            return new RegistryXml(file, Collections.unmodifiableMap(flags), registryDataSource(doc), null);
        } catch (IOException e) {
            return new RegistryXml(file, Map.of(), null, e.getMessage());
        }
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
        return error == null;
    }

    public String error() {
        return error;
    }

    /** The versioning flags present in the file. */
    public Map<String, Boolean> versioningFlags() {
        return flags;
    }

    public Optional<String> dataSource() {
        return Optional.ofNullable(dataSource);
    }
}
