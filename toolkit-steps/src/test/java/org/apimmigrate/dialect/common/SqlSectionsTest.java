package org.apimmigrate.dialect.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSectionsTest {

    @Test
    void statementsAreSplitBySeparatorLinesAndHeadedByTheirSection() {
        SqlSections sql = SqlSections.parse("""
                -- the file's own description
                -- [first]
                -- why the first statement is there
                SELECT 1
                --;
                DO $$ BEGIN
                  -- a comment inside the block stays
                  NULL;
                END $$
                -- [second]
                SELECT 2
                """);

        assertThat(sql.require("first")).containsExactly("SELECT 1",
                "DO $$ BEGIN\n  -- a comment inside the block stays\n  NULL;\nEND $$");
        assertThat(sql.require("second")).containsExactly("SELECT 2");
        assertThat(sql.find("third")).isEmpty();
    }

    /** A file may describe a section before its heading; those lines belong to what follows, not to the statement. */
    @Test
    void commentLinesAfterAStatementsLastLineAreNotPartOfIt() {
        SqlSections sql = SqlSections.parse("""
                -- [count]
                SELECT COUNT(*) FROM T WHERE A IS NULL
                --;
                SELECT COUNT(*) FROM T WHERE A = 0 -- a comment on its line stays

                -- Which rows stay? The next section says.
                -- [kept]
                SELECT COUNT(*) FROM T
                -- nothing follows
                --;
                -- only a comment: no statement
                """);

        assertThat(sql.require("count")).containsExactly("SELECT COUNT(*) FROM T WHERE A IS NULL",
                "SELECT COUNT(*) FROM T WHERE A = 0 -- a comment on its line stays");
        assertThat(sql.require("kept")).isEqualTo(List.of("SELECT COUNT(*) FROM T"));
    }
}
