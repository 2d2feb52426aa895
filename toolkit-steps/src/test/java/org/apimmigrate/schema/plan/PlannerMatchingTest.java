package org.apimmigrate.schema.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.change.SchemaChange;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.api.Test;

/**
 * The planner pairs live objects with the model's by what they are, not what they are called: keys by kind and
 * definition (engine-made names read as {@code SYS_GENERATED}), indexes by definition, id generators by what they do.
 */
class PlannerMatchingTest {

    private static final String PARENTS = """
            COL|PARENT_A|ID|INTEGER|NOT NULL|
            COL|PARENT_B|ID|INTEGER|NOT NULL|
            CON|PARENT_A|PK|(ID)|SYS_GENERATED
            CON|PARENT_B|PK|(ID)|SYS_GENERATED
            COL|CHILD|ID|INTEGER|NOT NULL|
            COL|CHILD|A_ID|INTEGER|NULL|
            COL|CHILD|B_ID|INTEGER|NULL|
            CON|CHILD|PK|(ID)|SYS_GENERATED
            """;

    private static final String FK_A = "CON|CHILD|FK|(A_ID) -> PARENT_A(ID) ON UPDATE NO ACTION ON DELETE NO ACTION"
            + "|SYS_GENERATED\n";

    private static SchemaModel model(String text) {
        return SchemaModel.of(Snapshot.parse(text));
    }

    private static SchemaPlan plan(SchemaModel source, SchemaModel target, SchemaModel live) {
        return new SchemaPlanner(source, target, PlanHints.none(), Set.of(),
                Vendors.require("postgresql").capabilities()).plan(live, DataProbe.empty());
    }

    @Test
    void twoEngineNamedForeignKeysOnOneTableAreToldApartByDefinition() {
        SchemaModel before = model(PARENTS + FK_A
                + "CON|CHILD|FK|(B_ID) -> PARENT_B(ID) ON UPDATE NO ACTION ON DELETE NO ACTION|SYS_GENERATED\n");
        SchemaModel after = model(PARENTS + FK_A
                + "CON|CHILD|FK|(B_ID) -> PARENT_B(ID) ON UPDATE NO ACTION ON DELETE CASCADE|SYS_GENERATED\n");

        SchemaPlan plan = plan(before, after, before);
        assertThat(plan.changes()).extracting(SchemaChange::describe).containsExactly(
                "drop FK CHILD (B_ID) -> PARENT_B(ID) ON UPDATE NO ACTION ON DELETE NO ACTION (SYS_GENERATED)",
                "add FK CHILD (B_ID) -> PARENT_B(ID) ON UPDATE NO ACTION ON DELETE CASCADE as SYS_GENERATED");

        SchemaModel applied = ModelApplier.apply(before, plan.changes());
        assertThat(applied.toSnapshot().diff(after.toSnapshot()).describe()).isEmpty();
        assertThat(plan(before, after, applied).changes()).as("converged: nothing left to do").isEmpty();
    }

    @Test
    void twoEngineNamedForeignKeysOverTheSameColumnsDropOnlyTheOneThatGoes() {
        SchemaModel before = model(PARENTS + FK_A
                + "CON|CHILD|FK|(A_ID) -> PARENT_B(ID) ON UPDATE NO ACTION ON DELETE NO ACTION|SYS_GENERATED\n");
        SchemaModel after = model(PARENTS + FK_A);

        SchemaPlan plan = plan(before, after, before);
        assertThat(plan.changes()).extracting(SchemaChange::describe).containsExactly(
                "drop FK CHILD (A_ID) -> PARENT_B(ID) ON UPDATE NO ACTION ON DELETE NO ACTION (SYS_GENERATED)");
        assertThat(plan(before, after, ModelApplier.apply(before, plan.changes())).changes()).isEmpty();
    }

    @Test
    void anIndexThereUnderAnotherNameIsNotCreatedASecondTime() {
        SchemaModel source = model(PARENTS);
        SchemaModel target = model(PARENTS + "IDX|CHILD|IDX_CHILD_A|(A_ID)\n");
        SchemaModel live = model(PARENTS + "IDX|CHILD|CHILD_A_BY_HAND|(A_ID)\n");

        SchemaPlan plan = plan(source, target, live);
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.leftAlone()).anySatisfy(s -> assertThat(s).contains("CHILD_A_BY_HAND").contains("IDX_CHILD_A"));
        assertThat(plan(source, target, model(PARENTS)).changes()).extracting(SchemaChange::describe)
                .containsExactly("create index IDX_CHILD_A on CHILD (A_ID)");
    }

    @Test
    void aTableThatGeneratesItsIdsUnderOtherNamesGetsNoSecondGenerator() {
        String table = """
                COL|ITEM|ID|INTEGER|NOT NULL|
                CON|ITEM|PK|(ID)|SYS_GENERATED
                """;
        SchemaModel target = model(table + "TRG|ITEM|ITEM_TRIGGER|BEFORE INSERT\nSEQ|ITEM_SEQUENCE\n");
        SchemaModel source = model(table + "TRG|ITEM|ITEM_TRIGGER|BEFORE INSERT\nSEQ|ITEM_SEQUENCE\n");
        SchemaModel live = model(table + "TRG|ITEM|ITEM_ID_TRG|BEFORE INSERT\nSEQ|ITEM_ID_SEQ\n");

        SchemaPlan plan = plan(source, target, live);
        assertThat(plan.changes()).as("no trigger, no sequence from 1, nothing of the live generator dropped")
                .isEmpty();
        assertThat(plan.leftAlone()).anySatisfy(s -> assertThat(s).contains("ITEM_ID_TRG").contains("ITEM_TRIGGER"));

        SchemaPlan bare = plan(source, target, model(table));
        assertThat(bare.changes()).extracting(SchemaChange::describe).containsExactlyInAnyOrder(
                "create sequence ITEM_SEQUENCE", "create trigger ITEM_TRIGGER on ITEM BEFORE INSERT");
    }

    @Test
    void anIdentityColumnIsNotAddedWhereATriggerGeneratesTheIds() {
        String trigger = "TRG|ITEM|ITEM_ID_TRG|BEFORE INSERT\nCON|ITEM|PK|(ID)|SYS_GENERATED\n";
        SchemaModel target = model("COL|ITEM|ID|INTEGER|NOT NULL|GENERATED ALWAYS AS IDENTITY\n"
                + "CON|ITEM|PK|(ID)|SYS_GENERATED\n");
        SchemaModel live = model("COL|ITEM|ID|INTEGER|NOT NULL|\n" + trigger);

        SchemaPlan plan = plan(target, target, live);
        assertThat(plan.changes()).isEmpty();
        assertThat(plan(target, target, model("COL|ITEM|ID|INTEGER|NOT NULL|\nCON|ITEM|PK|(ID)|SYS_GENERATED\n"))
                .changes()).as("without a generator the model's identity is what the table lacks")
                .extracting(c -> c.getClass().getSimpleName()).containsExactly("AlterColumn");
    }

    @Test
    void aTriggerOnTwoEventsIsOneObject() {
        String table = "COL|ART|ID|INTEGER|NOT NULL|\n";
        SchemaModel source = model(table + "TRG|ART|UPDATE_TIMESTAMP|BEFORE INSERT\n"
                + "TRG|ART|UPDATE_TIMESTAMP|BEFORE UPDATE\n");
        SchemaModel target = model(table);

        SchemaPlan plan = plan(source, target, source);
        assertThat(plan.changes()).extracting(SchemaChange::describe).hasSize(1)
                .allSatisfy(d -> assertThat(d).startsWith("drop trigger UPDATE_TIMESTAMP"));
        assertThat(ModelApplier.apply(source, plan.changes()).toSnapshot().lines()).hasSize(1);
        assertThat(plan(target, source, target).changes()).hasSize(1);
        assertThat(List.of(plan(target, source, source).changes())).containsExactly(List.of());
    }
}
