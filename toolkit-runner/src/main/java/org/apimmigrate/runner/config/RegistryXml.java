package org.apimmigrate.runner.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apimmigrate.api.step.StepContext.RegistryVersioning;
import org.apimmigrate.runner.Failure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The registry versioning flags of the old server's {@code <OLD_API-M_HOME>/repository/conf/registry.xml}
 * ({@code <staticConfiguration>}: versioningProperties, versioningComments, versioningTags, versioningRatings).
 * A flag that is not set counts as false, the default since API-M 3.0.0.
 */
public record RegistryXml(Path file, Map<String, Boolean> flags) {

    public static final List<String> FLAGS = List.of("versioningProperties", "versioningComments",
            "versioningTags", "versioningRatings");

    public static RegistryXml read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw Failure.usage("There is no registry.xml at " + file + ".", "Give the old server's file: "
                    + "--registry-xml <OLD_API-M_HOME>/repository/conf/registry.xml (or choose with "
                    + "--registry-versioning=clean|skip).");
        }
        Document doc = parse(file);
        Map<String, Boolean> flags = new LinkedHashMap<>();
        NodeList statics = doc.getElementsByTagName("staticConfiguration");
        Element config = statics.getLength() == 0 ? null : (Element) statics.item(0);
        for (String flag : FLAGS) {
            NodeList nodes = config == null ? null : config.getElementsByTagName(flag);
            boolean on = nodes != null && nodes.getLength() > 0
                    && nodes.item(0).getTextContent().strip().toLowerCase(Locale.ROOT).equals("true");
            flags.put(flag, on);
        }
        return new RegistryXml(file, flags);
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(Files.newInputStream(file));
        } catch (SAXException e) {
            throw Failure.usage(file + " is not a readable registry.xml: " + e.getMessage(),
                    "Give the registry.xml the 3.2.0 server used, unchanged.");
        } catch (IOException e) {
            throw Failure.usage("Cannot read " + file + ": " + e.getMessage(), "Check the path and its permissions.");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Versioning left version-linked rows where any of the four was on. */
    public boolean versioningOn() {
        return flags.values().stream().anyMatch(Boolean::booleanValue);
    }

    /** {@code registry.xml at <file>: versioningProperties=true, ...}. */
    public String describe() {
        return "registry.xml at " + file + ": " + flags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    public RegistryVersioning toOption(RegistryVersioning.Choice choice) {
        return new RegistryVersioning(versioningOn(), choice, describe());
    }
}
