package org.apimmigrate.dialect.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apimmigrate.api.dialect.DatabaseFiles;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 URLs as API-M's deployment.toml writes them: located in the home, opened only where the file exists. */
class H2FilesTest {

    private static final String SHIPPED =
            "jdbc:h2:./repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE";

    private final DatabaseFiles files = Vendors.require("h2").files();

    @TempDir
    Path home;

    @Test
    void aDotPathIsTakenFromTheHomeAndOtherUrlsStayAsTheyAre() {
        assertThat(files.resolvedAgainst(SHIPPED, home)).isEqualTo("jdbc:h2:" + home.toAbsolutePath()
                + "/repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(files.resolvedAgainst("jdbc:h2:file:../db/X", home.resolve("a")))
                .isEqualTo("jdbc:h2:file:" + home.toAbsolutePath() + "/db/X");
        assertThat(files.resolvedAgainst("jdbc:h2:/opt/db/X;MODE=x", home)).isEqualTo("jdbc:h2:/opt/db/X;MODE=x");
        assertThat(files.resolvedAgainst("jdbc:h2:tcp://host/./db", home)).isEqualTo("jdbc:h2:tcp://host/./db");
        assertThat(files.resolvedAgainst("jdbc:postgresql://h/db", home)).isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void everyFileUrlOpensOnlyAnExistingDatabase() {
        assertThat(files.openingOnlyExisting(SHIPPED)).isEqualTo(SHIPPED + ";IFEXISTS=TRUE");
        assertThat(files.openingOnlyExisting("jdbc:h2:/x/Y;IFEXISTS=FALSE;")).isEqualTo("jdbc:h2:/x/Y;IFEXISTS=TRUE");
        assertThat(files.openingOnlyExisting("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void aMissingFileOrOneOfH2TwoIsNamedAndAnH2OneFourFilePasses() throws IOException {
        Path db = Files.createDirectories(home.resolve("repository/database"));
        String url = files.resolvedAgainst(SHIPPED, home);
        assertThat(files.problem(url)).hasValueSatisfying(p -> assertThat(p.what())
                .contains(db.resolve("WSO2AM_DB.mv.db").toString(), "does not exist"));

        Files.writeString(db.resolve("WSO2AM_DB.mv.db"), "H:2,block:3,blockSize:1000,chunk:2,clean:1,format:3,"
                + "version:2,fletcher:c64137b2\n", StandardCharsets.ISO_8859_1);
        assertThat(files.problem(url)).hasValueSatisfying(p -> assertThat(p.what())
                .contains("file format 3", "H2 2.x", "1.4.199"));

        Files.writeString(db.resolve("WSO2AM_DB.mv.db"), "H:2,blockSize:1000,created:1a239212e0b,format:1,"
                + "fletcher:35e25f4a\n", StandardCharsets.ISO_8859_1);
        assertThat(files.problem(url)).isEmpty();

        Files.writeString(db.resolve("WSO2AM_DB.mv.db"), "PK\u0003\u0004 not a database");
        assertThat(files.problem(url)).hasValueSatisfying(p -> assertThat(p.what()).contains("not an H2 database"));
    }
}
