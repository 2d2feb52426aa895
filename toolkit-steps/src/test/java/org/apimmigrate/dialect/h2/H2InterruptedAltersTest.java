package org.apimmigrate.dialect.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apimmigrate.api.dialect.InterruptedStatements;
import org.apimmigrate.api.dialect.InterruptedStatements.Leftover;
import org.apimmigrate.api.dialect.Vendors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On H2 1.4.199 file databases, the committed states an ALTER TABLE ADD COLUMN of H2 1.4 leaves when its process is
 * killed (seen by killing a JVM inside and right after one): the original intact beside {@code <T>_COPY_<s>_<n>}
 * holding none or all of its rows, its primary key under H2's prefixed name; and, where the kill falls after H2
 * dropped the original (seen by killing a JVM held there), the copy alone under its temporary name, its primary key,
 * indexes and the children's foreign keys (re-pointed at it) under its prefix. Copies H2 cannot have made are left
 * alone.
 */
class H2InterruptedAltersTest {

    private static final String COPY = "T_COPY_3_0";

    private final InterruptedStatements interrupted = Vendors.require("h2").interruptedStatements();

    @TempDir
    Path dir;

    private Handle h;

    @BeforeEach
    void database() {
        h = Jdbi.create("jdbc:h2:" + dir.resolve("db").toAbsolutePath(), "sa", "").open();
        h.execute("CREATE TABLE T(ID INT PRIMARY KEY, A VARCHAR(20), B INT)");
        h.execute("CREATE INDEX T_B ON T(B)");
        h.execute("CREATE TABLE C(ID INT PRIMARY KEY, TID INT, CONSTRAINT C_T FOREIGN KEY (TID) REFERENCES T(ID))");
        h.execute("INSERT INTO T SELECT X, 'row ' || X, MOD(X, 7) FROM SYSTEM_RANGE(1, 50)");
        h.execute("INSERT INTO C SELECT X, X FROM SYSTEM_RANGE(1, 10)");
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        h.close();
    }

    @Test
    void aCopyBesideItsIntactOriginalIsDroppedWithTheKeysPointingAtIt() {
        copyAsH2MakesIt(true);
        h.execute("ALTER TABLE C ADD CONSTRAINT " + COPY + "_C_T FOREIGN KEY (TID) REFERENCES " + COPY + "(ID)");

        List<Leftover> found = interrupted.find(h, Set.of("T", "C")::contains);

        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.dropped()).containsExactly(COPY);
            assertThat(l.renamed()).isEmpty();
            assertThat(l.description()).contains(COPY, "T is intact with its 50 row(s)", "the copy has 50");
        });
        repair(found);
        assertThat(tables()).containsExactly("C", "T");
        assertThat(count("T")).isEqualTo(50);
        assertThat(constraints("C")).contains("C_T").noneMatch(c -> c.startsWith(COPY));
        assertThat(columns("T")).containsExactly("ID", "A", "B");
        assertThat(interrupted.find(h, Set.of("T", "C")::contains)).as("a second look finds nothing").isEmpty();
    }

    @Test
    void anEmptyCopyIsDroppedToo() {
        copyAsH2MakesIt(false);

        List<Leftover> found = interrupted.find(h, Set.of("T")::contains);

        assertThat(found).singleElement().satisfies(l -> assertThat(l.dropped()).containsExactly(COPY));
        repair(found);
        assertThat(tables()).containsExactly("C", "T");
        assertThat(count("T")).isEqualTo(50);
    }

    @Test
    void aCopyWhoseOriginalIsGoneTakesItsNameAndItsObjectsNamesBack() {
        // H2 had dropped T; the copy keeps the rows, the children H2 made for it carry its prefix
        h.execute("ALTER TABLE C DROP CONSTRAINT C_T");
        h.execute("ALTER TABLE T RENAME TO " + COPY);
        h.execute("ALTER INDEX T_B RENAME TO " + COPY + "_T_B");
        h.execute("ALTER TABLE C ADD CONSTRAINT " + COPY + "_C_T FOREIGN KEY (TID) REFERENCES " + COPY + "(ID)");
        String primaryKey = constraints(COPY).get(0);
        h.execute("ALTER TABLE " + COPY + " RENAME CONSTRAINT " + primaryKey + " TO " + COPY + "_" + primaryKey);

        List<Leftover> found = interrupted.find(h, Set.of("T", "C")::contains);

        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.dropped()).isEmpty();
            assertThat(l.renamed()).containsEntry(COPY, "T");
            assertThat(l.description()).contains("holds its 50 row(s)", "takes the name T back");
        });
        repair(found);
        assertThat(tables()).containsExactly("C", "T");
        assertThat(count("T")).isEqualTo(50);
        assertThat(constraints("C")).contains("C_T");
        assertThat(constraints("T")).containsExactly(primaryKey);
        assertThat(h.createQuery("select distinct INDEX_NAME from INFORMATION_SCHEMA.INDEXES where TABLE_NAME = 'T' "
                + "and IS_GENERATED = FALSE").mapTo(String.class).list()).containsExactly("T_B");
        assertThat(interrupted.find(h, Set.of("T", "C")::contains)).isEmpty();
    }

    @Test
    void copiesH2CannotHaveLeftAreTheUsers() {
        // more rows than the original: not a copy H2 made of it
        h.execute("CREATE TABLE " + COPY + " AS SELECT * FROM T");
        h.execute("INSERT INTO " + COPY + " VALUES (51, 'x', 1)");
        // a copy of a table the toolkit does not alter, and one whose original is not there
        h.execute("CREATE TABLE MINE(ID INT)");
        h.execute("CREATE TABLE MINE_COPY_1_2(ID INT)");
        h.execute("CREATE TABLE GONE_COPY_1_2(ID INT)");

        assertThat(interrupted.find(h, Set.of("T", "C")::contains)).isEmpty();
        assertThat(tables()).contains(COPY, "MINE_COPY_1_2", "GONE_COPY_1_2");
    }

    /** As H2 1.4.199 creates it: the new column set, its primary key named with the copy's prefix, rows or none. */
    private void copyAsH2MakesIt(boolean withRows) {
        h.execute("CREATE TABLE " + COPY + "(ID INT NOT NULL, A VARCHAR(20), B INT, X INT, CONSTRAINT " + COPY
                + "_CONSTRAINT_5 PRIMARY KEY (ID))");
        if (withRows) {
            h.execute("INSERT INTO " + COPY + " SELECT ID, A, B, NULL FROM T");
        }
    }

    private void repair(List<Leftover> found) {
        found.forEach(l -> l.repair().forEach(h::execute));
    }

    private List<String> tables() {
        return h.createQuery("select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = SCHEMA() "
                + "order by 1").mapTo(String.class).list();
    }

    private List<String> columns(String table) {
        return h.createQuery("select COLUMN_NAME from INFORMATION_SCHEMA.COLUMNS where TABLE_NAME = :t "
                + "order by ORDINAL_POSITION").bind("t", table).mapTo(String.class).list();
    }

    private List<String> constraints(String table) {
        return h.createQuery("select CONSTRAINT_NAME from INFORMATION_SCHEMA.CONSTRAINTS where TABLE_NAME = :t")
                .bind("t", table).mapTo(String.class).list();
    }

    private long count(String table) {
        return h.createQuery("select count(*) from " + table).mapTo(Long.class).one();
    }
}
