package org.apimmigrate.runner.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the few WSO2 XML files the toolkit looks at with the JDK's DOM parser, never fetching DTDs or entities. */
public final class XmlFiles {

    private XmlFiles() {
    }

    /** @throws SAXException where the file is not well-formed XML (or declares a DTD) */
    public static Document read(Path file) throws IOException, SAXException {
        DocumentBuilder builder;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            builder = f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        // the default handler prints parse errors to stderr; the exception carries them already
        builder.setErrorHandler(null);
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parse(in);
        }
    }

    /** Text of the first element of that name below the parent, stripped; null when absent. */
    public static String childText(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        if (list.getLength() == 0) {
            return null;
        }
        String text = list.item(0).getTextContent();
        return text == null ? null : text.strip();
    }
}
