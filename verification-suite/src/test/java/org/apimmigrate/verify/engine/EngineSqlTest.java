package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineSqlTest {

    @Test
    void splitsOnSlashLinesDropsCommentsAndFillsPlaceholders() {
        assertThat(EngineSql.statements("oracle", "create-user", Map.of("name", "t_1", "password", "Pw9")))
                .hasSize(2)
                .satisfies(s -> assertThat(s.get(0)).isEqualTo("CREATE USER t_1 IDENTIFIED BY \"Pw9\""))
                .satisfies(s -> assertThat(s.get(1)).startsWith("GRANT CREATE SESSION").endsWith("TO t_1"));
    }

    @Test
    void keepsAPlsqlBlockWhole() {
        assertThat(EngineSql.statements("oracle", "drop-own-objects", Map.of())).singleElement()
                .satisfies(block -> assertThat(block).startsWith("BEGIN").endsWith("END;").contains("END LOOP;"));
    }

    @Test
    void refusesAMissingValue() {
        assertThatThrownBy(() -> EngineSql.statements("postgresql", "create-database", Map.of()))
                .hasMessageContaining("${name}");
    }
}
