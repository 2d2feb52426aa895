package org.apimmigrate.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apimmigrate.api.schema.Snapshot;
import org.junit.jupiter.api.Test;

/** The target fitted to a live database's character sets, line by line as the catalog shows them. */
class MySqlCharacterSetsTest {

    private static final MySqlCharacterSets.Defaults UTF8MB4_DATABASE = new MySqlCharacterSets.Defaults(
            "utf8mb4_general_ci", Map.of("OLD", "latin1_swedish_ci", "PATHS", "utf8mb4_general_ci"));

    @Test
    void existingColumnsKeepTheirCollationAndNewOnesTakeTheirTablesDefault() {
        Snapshot target = Snapshot.parse("""
                COL|OLD|NAME|varchar(100)|NULL|NULL
                COL|OLD|ADDED|varchar(50)|NULL|NULL
                COL|OLD|ID|int(11)|NOT NULL|
                COL|FRESH|NAME|varchar(100)|NULL|NULL
                """);
        Snapshot live = Snapshot.parse("""
                COL|OLD|NAME|varchar(100) COLLATE latin1_swedish_ci|NULL|NULL
                COL|OLD|ID|int(11)|NOT NULL|
                """);
        assertThat(MySqlCharacterSets.fit(target, live, UTF8MB4_DATABASE)).isEqualTo(Snapshot.parse("""
                COL|OLD|NAME|varchar(100) COLLATE latin1_swedish_ci|NULL|NULL
                COL|OLD|ADDED|varchar(50) COLLATE latin1_swedish_ci|NULL|NULL
                COL|OLD|ID|int(11)|NOT NULL|
                COL|FRESH|NAME|varchar(100)|NULL|NULL
                """));
    }

    @Test
    void aNewTablesForeignKeyColumnTakesTheReferencedColumnsCharacterSet() {
        Snapshot target = Snapshot.parse("""
                COL|OLD|NAME|varchar(100)|NOT NULL|
                COL|FRESH|OLD_NAME|varchar(100)|NOT NULL|
                CON|FRESH|FK|(OLD_NAME) -> OLD(NAME) ON UPDATE RESTRICT ON DELETE CASCADE|FRESH_IBFK_1
                """);
        Snapshot live = Snapshot.parse("COL|OLD|NAME|varchar(100) COLLATE latin1_swedish_ci|NOT NULL|");
        assertThat(MySqlCharacterSets.fit(target, live, UTF8MB4_DATABASE).lines())
                .anyMatch(l -> l.text().equals("COL|FRESH|OLD_NAME|varchar(100) COLLATE latin1_swedish_ci|NOT NULL|"));
    }

    @Test
    void aCollationWso2NamesKeepsTheColumnsCharacterSetAndItsCaseSensitivity() {
        Snapshot target = Snapshot.parse("COL|PATHS|PATH|varchar(750) COLLATE latin1_general_cs|NOT NULL|");
        assertThat(MySqlCharacterSets.fit(target, Snapshot.parse("COL|PATHS|PATH|varchar(750)|NOT NULL|"),
                UTF8MB4_DATABASE)).isEqualTo(Snapshot.parse("COL|PATHS|PATH|varchar(750) COLLATE utf8mb4_bin|NOT NULL|"));
        MySqlCharacterSets.Defaults latin1 = new MySqlCharacterSets.Defaults("latin1_swedish_ci", Map.of());
        assertThat(MySqlCharacterSets.fit(target, Snapshot.parse("COL|PATHS|PATH|varchar(750)|NOT NULL|"), latin1))
                .isEqualTo(target);
    }
}
