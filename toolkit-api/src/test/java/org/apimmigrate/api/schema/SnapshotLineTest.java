package org.apimmigrate.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apimmigrate.api.schema.SnapshotLine.Kind;
import org.junit.jupiter.api.Test;

/** The line format of the reference catalog dumps, read and written back without loss. */
class SnapshotLineTest {

    @Test
    void readsEveryKindAndWritesItBackAsItWas() {
        for (String text : new String[] {
                "COL|AM_API|API_NAME|character varying(256)|NOT NULL|",
                "COL|AM_API|CREATED_TIME|timestamp without time zone|NULL|CURRENT_TIMESTAMP",
                "CON|AM_API|FK|(API_ID) -> AM_API(API_ID) ON UPDATE a ON DELETE c|am_api_fk",
                "IDX|AM_API|IDX_AAI_CTX|USING BTREE (CONTEXT)",
                "SEQ|AM_API_SEQUENCE",
                "TRG|AM_API|AM_API_TRIGGER|BEFORE INSERT",
                "FUNC|UPDATE_MODIFIED_COLUMN",
                "VIEW|OPS_V|SELECT a.x || '|' || a.y FROM t a"}) {
            assertThat(SnapshotLine.parse(text).text()).isEqualTo(text);
        }
    }

    @Test
    void aViewIsItsNameAndItsDefinitionInOneLineWhateverTheDefinitionHolds() {
        SnapshotLine view = new SnapshotLine(Kind.VIEW, java.util.List.of("OPS_V",
                " SELECT a.x || '|' || a.y\n   FROM t a\r\n  WHERE a.z = 1;\n"));

        assertThat(view.fields()).containsExactly("OPS_V", "SELECT a.x || '|' || a.y FROM t a WHERE a.z = 1");
        assertThat(view.table()).isNull();
        assertThat(view.key()).isEqualTo("VIEW|OPS_V");
        assertThat(SnapshotLine.parse(view.text())).isEqualTo(view);
        assertThat(Snapshot.parse(new Snapshot(java.util.List.of(view)).text()).lines()).containsExactly(view);
    }

    @Test
    void anEmptyTrailingFieldIsKeptSoDefaultsCompareExactly() {
        SnapshotLine line = SnapshotLine.parse("COL|T|C|INTEGER|NULL|");

        assertThat(line.fields()).containsExactly("T", "C", "INTEGER", "NULL", "");
    }

    @Test
    void tableAndKeyNameTheObjectNotItsAttributes() {
        SnapshotLine column = SnapshotLine.parse("COL|AM_API|API_NAME|character varying(256)|NOT NULL|");
        SnapshotLine wider = SnapshotLine.parse("COL|AM_API|API_NAME|character varying(512)|NULL|");
        SnapshotLine sequence = SnapshotLine.parse("SEQ|AM_API_SEQUENCE");

        assertThat(column.table()).isEqualTo("AM_API");
        assertThat(column.key()).isEqualTo(wider.key()).isEqualTo("COL|AM_API|API_NAME");
        assertThat(column).isNotEqualTo(wider);
        assertThat(sequence.table()).isNull();
        assertThat(sequence.key()).isEqualTo("SEQ|AM_API_SEQUENCE");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() -> SnapshotLine.parse("SYNONYM|S")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesSortAsText() {
        SnapshotLine a = SnapshotLine.of(Kind.COL, "A", "X", "INTEGER", "NULL", "");
        SnapshotLine b = SnapshotLine.of(Kind.COL, "B", "X", "INTEGER", "NULL", "");

        assertThat(a).isLessThan(b);
    }

    /** Lines sort as their texts do, also where a field is a prefix of another's or holds the bar itself. */
    @Test
    void linesCompareAsTheirTexts() {
        java.util.List<SnapshotLine> lines = java.util.List.of(
                SnapshotLine.parse("COL|A|B|int|NULL|"), SnapshotLine.parse("COL|A|B|int|NULL|0"),
                SnapshotLine.parse("COL|AB|B|int|NULL|"), SnapshotLine.parse("COL|A_|B|int|NULL|"),
                SnapshotLine.parse("COL|A|BC|int|NULL|"), SnapshotLine.parse("CON|A|PK|(B)|P"),
                SnapshotLine.parse("SEQ|A"), SnapshotLine.parse("SEQ|AA"), SnapshotLine.parse("SEQ|A|"),
                SnapshotLine.of(Kind.SEQ), SnapshotLine.parse("VIEW|V|SELECT 'a|b'"),
                SnapshotLine.parse("VIEW|V|SELECT 'a'"), SnapshotLine.parse("IDX|A|I|(B)"),
                SnapshotLine.of(Kind.COL, "A|B", "X"), SnapshotLine.of(Kind.COL, "A", "B|Y"),
                SnapshotLine.of(Kind.COL, "A", "B"), SnapshotLine.of(Kind.COL, "A", ""),
                SnapshotLine.of(Kind.COL, "A"), SnapshotLine.of(Kind.COL, "AM_API", "X"),
                SnapshotLine.of(Kind.COL, "AM_API_CATEGORIES", "X"), SnapshotLine.of(Kind.COL, "AM_API ", "X"));
        for (SnapshotLine a : lines) {
            for (SnapshotLine b : lines) {
                assertThat(Integer.signum(a.compareTo(b))).as(a + " to " + b)
                        .isEqualTo(Integer.signum(a.text().compareTo(b.text())));
            }
        }
    }
}
