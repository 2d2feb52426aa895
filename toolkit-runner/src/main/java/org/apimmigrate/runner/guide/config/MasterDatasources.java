package org.apimmigrate.runner.guide.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apimmigrate.runner.config.XmlFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** master-datasources.xml, which a 3.2.0 server writes from its deployment.toml: JNDI names to JDBC URLs. */
public final class MasterDatasources {

    private MasterDatasources() {
    }

    public static Optional<String> url(Path file, String jndiName) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Document doc = XmlFiles.read(file);
            NodeList list = doc.getElementsByTagName("datasource");
            for (int i = 0; i < list.getLength(); i++) {
                Element ds = (Element) list.item(i);
                NodeList jndi = ds.getElementsByTagName("jndiConfig");
                if (jndi.getLength() == 0) {
                    continue;
                }
                String name = XmlFiles.childText((Element) jndi.item(0), "name");
                if (jndiName.equals(name)) {
                    return Optional.ofNullable(XmlFiles.childText(ds, "url"));
                }
            }
            return Optional.empty();
        } catch (IOException | SAXException e) {
            return Optional.empty();
        }
    }
}
