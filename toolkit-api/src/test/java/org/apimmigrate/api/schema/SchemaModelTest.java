package org.apimmigrate.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model reads snapshot lines into tables and writes them back without loss. */
class SchemaModelTest {

    private static final String DUMP = """
            COL|CHILD|ID|INTEGER|NOT NULL|
            COL|CHILD|PARENT_ID|INTEGER|NULL|
            COL|PARENT|ID|INTEGER|NOT NULL|
            COL|PARENT|NAME|VARCHAR(100)|NULL|'none'
            CON|CHILD|FK|(PARENT_ID) -> PARENT(ID) ON UPDATE NO ACTION ON DELETE CASCADE|SYS_GENERATED
            CON|CHILD|PK|(ID)|CHILD_PK
            CON|PARENT|CHECK|(NAME) CHECK (NAME <> '')|PARENT_NAME_CHK
            CON|PARENT|PK|(ID)|PARENT_PK
            CON|PARENT|UNIQUE|(NAME,ID)|PARENT_NAME_UK
            IDX|CHILD|IDX_CHILD_PARENT|USING BTREE (PARENT_ID, ID)
            SEQ|PARENT_SEQ
            TRG|PARENT|PARENT_TRIGGER|BEFORE INSERT
            FUNC|TOUCH
            """;

    @Test
    void roundTripsEveryLine() {
        Snapshot snapshot = Snapshot.parse(DUMP);

        assertThat(SchemaModel.of(snapshot).toSnapshot()).isEqualTo(snapshot);
    }

    @Test
    void readsKeysIndexesAndGenerators() {
        SchemaModel model = SchemaModel.of(Snapshot.parse(DUMP));
        Table child = model.findTable("CHILD").orElseThrow();
        Constraint fk = child.constraints(Constraint.Kind.FK).get(0);

        assertThat(fk.columns()).containsExactly("PARENT_ID");
        assertThat(fk.refTable()).isEqualTo("PARENT");
        assertThat(fk.refColumns()).containsExactly("ID");
        assertThat(fk.onDelete()).isEqualTo("CASCADE");
        assertThat(child.primaryKey().orElseThrow().name()).isEqualTo("CHILD_PK");
        assertThat(child.indexes().get(0).columns()).containsExactly("PARENT_ID", "ID");
        assertThat(child.indexes().get(0).unique()).isFalse();
        assertThat(model.table("PARENT").constraints(Constraint.Kind.UNIQUE).get(0).columns())
                .containsExactly("NAME", "ID");
        assertThat(model.table("PARENT").column("NAME").orElseThrow().defaultValue()).isEqualTo("'none'");
        assertThat(model.sequences()).containsExactly("PARENT_SEQ");
        assertThat(model.functions()).containsExactly("TOUCH");
        assertThat(model.table("PARENT").triggers()).hasSize(1);
    }

    @Test
    void ordersTablesAfterTheTablesTheyReference() {
        SchemaModel model = SchemaModel.of(Snapshot.parse(DUMP));

        assertThat(model.tablesInDependencyOrder()).extracting(Table::name).containsExactly("PARENT", "CHILD");
    }

    @Test
    void keepsOnlyTheTablesAndSequencesAsked() {
        SchemaModel parentOnly = SchemaModel.of(Snapshot.parse(DUMP)).only(name -> name.startsWith("PARENT"));

        assertThat(parentOnly.tables()).extracting(Table::name).containsExactly("PARENT");
        assertThat(parentOnly.sequences()).containsExactly("PARENT_SEQ");
    }

    @Test
    void anUnreadableForeignKeyIsNamed() {
        assertThatThrownBy(() -> SchemaModel.of(Snapshot.parse("CON|T|FK|(A) REFERENCES B|T_FK")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unreadable foreign key");
    }

    @Test
    void constraintsBuiltInCodeWriteTheDumpSpelling() {
        Constraint fk = Constraint.foreignKey("CHILD", "CHILD_FK", List.of("A", "B"), "PARENT", List.of("X", "Y"),
                "RESTRICT", "SET NULL");

        assertThat(fk.toLine().text())
                .isEqualTo("CON|CHILD|FK|(A,B) -> PARENT(X,Y) ON UPDATE RESTRICT ON DELETE SET NULL|CHILD_FK");
    }
}
