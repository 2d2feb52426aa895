package org.apimmigrate.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Snapshots: parsed from dump text, sorted, compared and diffed line by line. */
class SnapshotTest {

    private static final String LIVE = """
            # a comment line, as the vendor dumps carry for sequences
            COL|T|B|INTEGER|NULL|

            COL|T|A|VARCHAR(10)|NOT NULL|
            CON|T|PK|(A)|T_PK
            """;

    @Test
    void skipsCommentsAndBlankLinesAndSortsTheRest() {
        Snapshot snapshot = Snapshot.parse(LIVE);

        assertThat(snapshot.lines()).extracting(SnapshotLine::text).containsExactly(
                "COL|T|A|VARCHAR(10)|NOT NULL|", "COL|T|B|INTEGER|NULL|", "CON|T|PK|(A)|T_PK");
        assertThat(snapshot.tables()).containsExactly("T");
        assertThat(Snapshot.parse(snapshot.text())).isEqualTo(snapshot);
    }

    @Test
    void readsAStreamAsUtf8() {
        Snapshot snapshot = Snapshot.read(new ByteArrayInputStream(
                "COL|T|NAME|VARCHAR(10)|NULL|'Zürich'\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(snapshot.lines().get(0).fields().get(4)).isEqualTo("'Zürich'");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> Snapshot.fromResource("no/such/dump.txt"))
                .hasMessageContaining("no/such/dump.txt");
    }

    @Test
    void diffListsEachSideAndDescribesByObject() {
        Snapshot live = Snapshot.parse(LIVE);
        Snapshot target = Snapshot.parse("""
                COL|T|A|VARCHAR(20)|NOT NULL|
                COL|T|B|INTEGER|NULL|
                CON|T|PK|(A)|T_PK
                IDX|T|T_B|(B)
                """);

        SnapshotDiff diff = live.diff(target);

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.onlyInLive()).extracting(SnapshotLine::text).containsExactly("COL|T|A|VARCHAR(10)|NOT NULL|");
        assertThat(diff.onlyInTarget()).extracting(SnapshotLine::text)
                .containsExactly("COL|T|A|VARCHAR(20)|NOT NULL|", "IDX|T|T_B|(B)");
        assertThat(diff.describe()).isEqualTo("""
                - COL|T|A|VARCHAR(10)|NOT NULL|
                + COL|T|A|VARCHAR(20)|NOT NULL|
                + IDX|T|T_B|(B)
                """);
        assertThat(diff.without(l -> l.table().equals("T")).isEmpty()).isTrue();
        assertThat(live.diff(Snapshot.parse(LIVE))).hasToString("(no difference)");
    }

    @Test
    void filterKeepsOnlyWhatThePredicateKeeps() {
        Snapshot columns = Snapshot.parse(LIVE).filter(l -> l.kind() == SnapshotLine.Kind.COL);

        assertThat(columns.lines()).hasSize(2);
    }
}
