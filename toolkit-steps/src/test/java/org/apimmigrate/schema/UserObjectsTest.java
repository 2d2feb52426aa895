package org.apimmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.junit.jupiter.api.Test;

/** WSO2's part and the user's part of a live schema; what is missing; what takes a 4.0.0 name. */
class UserObjectsTest {

    private static final SchemaModel SOURCE = SchemaModel.of(Snapshot.parse("""
            COL|T|ID|integer|NOT NULL|
            COL|T|NAME|varchar(10)|NULL|
            CON|T|PK|(ID)|T_PKEY
            IDX|T|T_NAME|(NAME)
            """));
    private static final SchemaModel TARGET = SchemaModel.of(Snapshot.parse("""
            COL|T|ID|integer|NOT NULL|
            COL|T|NAME|varchar(10)|NULL|
            CON|T|PK|(ID)|T_PKEY
            IDX|T|T_NAME|(NAME)
            COL|NEW|ID|integer|NOT NULL|
            """));

    @Test
    void theUsersTableColumnAndIndexAreTheirsWso2sKeysWhateverTheirNames() {
        Snapshot live = Snapshot.parse("""
                COL|T|ID|integer|NOT NULL|
                COL|T|NAME|varchar(10)|NULL|
                COL|T|OWNER|varchar(5)|NULL|
                CON|T|PK|(ID)|SYS_C0042
                IDX|T|T_NAME|(NAME)
                IDX|T|MY_OWNER|(OWNER)
                COL|MINE|X|integer|NULL|
                COL|APIM_MIGRATE_JOURNAL|STEP_ID|varchar(100)|NOT NULL|
                VIEW|MY_VIEW|SELECT t.id FROM t
                """);
        UserObjects.Split split = new UserObjects(List.of(SOURCE, TARGET), n -> n.startsWith("APIM_MIGRATE_"))
                .split(live);
        assertThat(split.describeYours(Set.of("T", "NEW"))).containsExactly("table MINE",
                "column T.OWNER varchar(5)", "index T.MY_OWNER (OWNER)", "view MY_VIEW");
        assertThat(split.wso2().lines()).hasSize(5);
    }

    @Test
    void missingWso2ObjectsAndNamesTakenFrom400AreFound() {
        Snapshot live = Snapshot.parse("""
                COL|T|ID|integer|NOT NULL|
                CON|T|PK|(ID)|T_PKEY
                COL|NEW|ID|varchar(3)|NULL|
                VIEW|NEW|SELECT id FROM t
                VIEW|T|SELECT 1
                """);
        assertThat(UserObjects.missing(live, SOURCE, n -> false)).containsExactly("column T.NAME varchar(10)",
                "index T.T_NAME (NAME)");
        assertThat(UserObjects.collisions(live, SOURCE, TARGET)).hasSize(2)
                .anyMatch(c -> c.startsWith("column NEW.ID varchar(3)"))
                .contains("view NEW takes the name of a table 4.0.0 creates");
    }
}
