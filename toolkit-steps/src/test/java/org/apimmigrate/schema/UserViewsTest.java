package org.apimmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.change.SchemaChange;
import org.junit.jupiter.api.Test;

/** Which of the user's views read what a plan drops, renames or redefines, from their definitions as engines print them. */
class UserViewsTest {

    private static final Column COMMENTED_USER = new Column("AM_API_COMMENTS", "COMMENTED_USER", "varchar(255)", true, "");
    private static final Column COMMENT_ID = new Column("AM_API_COMMENTS", "COMMENT_ID", "varchar(255)", false, "");

    private static final List<SchemaChange> PLAN = List.of(
            new SchemaChange.RenameColumn(COMMENTED_USER, new Column("AM_API_COMMENTS", "CREATED_BY", "varchar(255)", true, "")),
            new SchemaChange.AlterColumn(COMMENT_ID, COMMENT_ID.withType("varchar(64)")),
            new SchemaChange.AddColumn(new Column("AM_API", "API_UUID", "varchar(256)", true, "")),
            new SchemaChange.EmptyTable("AM_GW_API_ARTIFACTS", "rebuilt by the client"),
            new SchemaChange.DropTable("AM_OLD", 0, "obsolete"));

    @Test
    void onlyDropsRenamesAndRedefinitionsOfExistingObjectsCanBreakAView() {
        assertThat(UserViews.breaking(PLAN)).extracting(UserViews.Change::table, UserViews.Change::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AM_API_COMMENTS", "COMMENTED_USER"),
                        org.assertj.core.groups.Tuple.tuple("AM_API_COMMENTS", "COMMENT_ID"),
                        org.assertj.core.groups.Tuple.tuple("AM_OLD", null));
    }

    @Test
    void aViewReadingAChangedColumnOrTableConflictsOneOverOtherObjectsDoesNot() {
        Snapshot live = Snapshot.parse("""
                VIEW|PG_STYLE|SELECT am_api_comments.comment_id, am_api_comments.commented_user FROM am_api_comments
                VIEW|MYSQL_STYLE|select `db`.`c`.`API_ID` AS `API_ID` from `db`.`AM_API_COMMENTS` `c`
                VIEW|STAR|SELECT * FROM "AM_API_COMMENTS"
                VIEW|OVER_AM_API|SELECT API_ID, API_NAME, CONTEXT FROM AM_API
                VIEW|OVER_OLD|SELECT X FROM AM_OLD
                VIEW|SIMILAR_NAME|SELECT COMMENT_ID FROM AM_API_COMMENTS_ARCHIVE
                VIEW|HIDDEN|
                """);
        List<String> conflicts = UserViews.conflicts(live, UserViews.breaking(PLAN)).stream()
                .map(UserViews.Conflict::describe).toList();

        assertThat(conflicts).containsExactlyInAnyOrder(
                "view HIDDEN (its definition cannot be read, so it may read any table the upgrade changes)",
                "view OVER_OLD reads AM_OLD (drop table AM_OLD (obsolete))",
                "view PG_STYLE reads AM_API_COMMENTS.COMMENTED_USER (rename column AM_API_COMMENTS.COMMENTED_USER"
                        + " to CREATED_BY)",
                "view PG_STYLE reads AM_API_COMMENTS.COMMENT_ID (alter column AM_API_COMMENTS.COMMENT_ID: type "
                        + "varchar(255) -> varchar(64))",
                "view STAR reads AM_API_COMMENTS.COMMENTED_USER (rename column AM_API_COMMENTS.COMMENTED_USER to "
                        + "CREATED_BY)",
                "view STAR reads AM_API_COMMENTS.COMMENT_ID (alter column AM_API_COMMENTS.COMMENT_ID: type "
                        + "varchar(255) -> varchar(64))");
    }

    @Test
    void noChangeNoConflictEvenForAViewWhoseDefinitionIsHidden() {
        assertThat(UserViews.conflicts(Snapshot.parse("VIEW|HIDDEN|\n"), List.of())).isEmpty();
    }
}
