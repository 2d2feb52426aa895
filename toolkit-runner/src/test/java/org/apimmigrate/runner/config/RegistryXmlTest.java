package org.apimmigrate.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apimmigrate.api.step.StepContext.RegistryVersioning;
import org.apimmigrate.runner.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryXmlTest {

    @TempDir
    Path dir;

    private Path xml(String text) throws IOException {
        Path file = dir.resolve("registry.xml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsTheFourVersioningFlagsAndTreatsAnUnsetOneAsOff() throws IOException {
        RegistryXml on = RegistryXml.read(xml("""
                <wso2registry><staticConfiguration>
                  <versioningProperties>true</versioningProperties>
                  <versioningComments> TRUE </versioningComments>
                  <versioningTags>false</versioningTags>
                </staticConfiguration></wso2registry>"""));
        assertThat(on.flags()).containsEntry("versioningProperties", true).containsEntry("versioningComments", true)
                .containsEntry("versioningTags", false).containsEntry("versioningRatings", false);
        assertThat(on.versioningOn()).isTrue();
        RegistryVersioning option = on.toOption(RegistryVersioning.Choice.DECIDE_FROM_CONFIGURATION);
        assertThat(option.configuredOn()).isTrue();
        assertThat(option.source()).contains("versioningProperties=true", "versioningRatings=false");
        assertThat(on.mixed()).isTrue();
        assertThat(on.describe()).contains("The flags differ per kind", "removes only the rows linked to old "
                + "registry versions, kind by kind", "the rows of versioningTags, versioningRatings (written without "
                + "versioning) all stay");

        assertThat(RegistryXml.read(xml("<wso2registry/>")).versioningOn()).isFalse();
    }

    @Test
    void aMissingOrUnreadableFileIsABadInput() throws IOException {
        assertThatThrownBy(() -> RegistryXml.read(dir.resolve("nope.xml"))).isInstanceOf(Failure.class)
                .hasMessageContaining("There is no registry.xml at");
        Path broken = xml("<wso2registry><staticConfiguration>");
        assertThatThrownBy(() -> RegistryXml.read(broken)).isInstanceOf(Failure.class)
                .hasMessageContaining("is not a readable registry.xml");
        Path entity = xml("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");
        assertThatThrownBy(() -> RegistryXml.read(entity)).as("no external entities").isInstanceOf(Failure.class);
    }

    @Test
    void readingIfPossibleTellsWhatTheFileSetsAndTheRegistrysDatasourceOrWhyNothing() throws IOException {
        RegistryXml xml = RegistryXml.readIfPossible(xml("""
                <wso2registry>
                  <currentDBConfig>shared</currentDBConfig>
                  <dbConfig name="wso2registry"><dataSource>jdbc/WSO2CarbonDB</dataSource></dbConfig>
                  <dbConfig name="shared"><dataSource> jdbc/WSO2SharedDB </dataSource></dbConfig>
                  <staticConfiguration><versioningTags>true</versioningTags></staticConfiguration>
                </wso2registry>"""));
        assertThat(xml.readable()).isTrue();
        assertThat(xml.flagsSet()).containsExactly(java.util.Map.entry("versioningTags", true));
        assertThat(xml.dataSource()).contains("jdbc/WSO2SharedDB");

        RegistryXml missing = RegistryXml.readIfPossible(dir.resolve("nope.xml"));
        assertThat(missing.readable()).isFalse();
        assertThat(missing.error()).contains("There is no registry.xml at");
        assertThat(missing.flagsSet()).isEmpty();
        assertThat(missing.dataSource()).isEmpty();
        assertThat(RegistryXml.readIfPossible(xml("<wso2registry>")).error()).contains("is not a readable registry.xml");
    }
}
