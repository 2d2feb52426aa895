package org.apimmigrate.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Columns, keys and indexes read from their snapshot lines, and written back as the same lines. */
class SchemaLinesTest {

    @Test
    void aForeignKeyLineGivesItsColumnsTableAndRulesAndWritesBackAsItWas() {
        String text = "CON|AM_API_URL_MAPPING|FK|(API_ID, REVISION) -> AM_API(API_ID,REV) ON UPDATE a ON DELETE c|fk_1";

        Constraint fk = Constraint.fromLine(SnapshotLine.parse(text));

        assertThat(fk.kind()).isEqualTo(Constraint.Kind.FK);
        assertThat(fk.columns()).containsExactly("API_ID", "REVISION");
        assertThat(fk.refTable()).isEqualTo("AM_API");
        assertThat(fk.refColumns()).containsExactly("API_ID", "REV");
        assertThat(fk.onUpdate()).isEqualTo("a");
        assertThat(fk.onDelete()).isEqualTo("c");
        assertThat(fk.name()).isEqualTo("fk_1");
        assertThat(fk.toLine().text()).isEqualTo(
                "CON|AM_API_URL_MAPPING|FK|(API_ID,REVISION) -> AM_API(API_ID,REV) ON UPDATE a ON DELETE c|fk_1");
    }

    @Test
    void keyAndCheckLinesRoundTrip() {
        for (String text : new String[] {
                "CON|AM_API|PK|(API_ID)|am_api_pkey",
                "CON|AM_API|UNIQUE|(API_PROVIDER,API_NAME,API_VERSION)|SYS_GENERATED",
                "CON|AM_API|CHECK|(STATUS) STATUS IN ('A','B')|chk_status"}) {
            assertThat(Constraint.fromLine(SnapshotLine.parse(text)).toLine().text()).isEqualTo(text);
        }
        Constraint check = Constraint.fromLine(SnapshotLine.parse("CON|T|CHECK|(C) C > 0|ck"));
        assertThat(check.columns()).containsExactly("C");
        assertThat(check.check()).isEqualTo("C > 0");
    }

    @Test
    void aConstraintLineWithoutItsColumnsIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> Constraint.fromLine(SnapshotLine.parse("CON|T|FK|API_ID -> AM_API|fk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("API_ID -> AM_API");
        assertThatThrownBy(() -> Constraint.fromLine(SnapshotLine.parse("CON|T|PRIMARY|(A)|pk")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIndexLineGivesItsColumnsWhateverTheVendorsSpelling() {
        Index postgres = Index.fromLine(SnapshotLine.parse("IDX|AM_API|IDX_AAI_CTX|USING BTREE (CONTEXT, API_ID)"));
        Index mysql = Index.fromLine(SnapshotLine.parse("IDX|AM_API|IDX_AAI_CTX|(CONTEXT,API_ID)"));
        Index unique = Index.fromLine(SnapshotLine.parse("IDX|AM_API|IDX_U|UNIQUE (A)"));

        assertThat(postgres.columns()).containsExactly("CONTEXT", "API_ID");
        assertThat(mysql.columns()).containsExactly("CONTEXT", "API_ID");
        assertThat(postgres.unique()).isFalse();
        assertThat(unique.unique()).isTrue();
        assertThat(postgres.toLine().text()).isEqualTo("IDX|AM_API|IDX_AAI_CTX|USING BTREE (CONTEXT, API_ID)");
        assertThat(Index.fromLine(SnapshotLine.parse("IDX|T|I|no columns")).columns()).isEmpty();
    }

    @Test
    void aColumnLineGivesNullabilityAndDefaultAndWritesBackAsItWas() {
        Column notNull = Column.fromLine(SnapshotLine.parse("COL|AM_API|API_NAME|character varying(256)|NOT NULL|"));
        Column defaulted = Column.fromLine(
                SnapshotLine.parse("COL|AM_API|CREATED_TIME|timestamp without time zone|NULL|CURRENT_TIMESTAMP"));

        assertThat(notNull.nullable()).isFalse();
        assertThat(notNull.hasDefault()).isFalse();
        assertThat(defaulted.nullable()).isTrue();
        assertThat(defaulted.defaultValue()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(notNull.toLine().text()).isEqualTo("COL|AM_API|API_NAME|character varying(256)|NOT NULL|");
        assertThat(defaulted.toLine().text())
                .isEqualTo("COL|AM_API|CREATED_TIME|timestamp without time zone|NULL|CURRENT_TIMESTAMP");
    }
}
