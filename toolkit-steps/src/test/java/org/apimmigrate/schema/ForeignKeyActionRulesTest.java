package org.apimmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Referential actions the engines refuse at CREATE time, checked on the translated models without an engine (a
 * schema that breaks them cannot be loaded, so neither fixtures nor upgrades could run there).
 */
class ForeignKeyActionRulesTest {

    private static final String NO_ACTION = "NO ACTION";

    /**
     * SQL Server (error 1785): no foreign key may open a second cascading path from one table to another, or a
     * cascading cycle; every action but NO ACTION cascades. Update and delete paths are counted apart.
     */
    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void sqlServerHasOneCascadingPathAtMostBetweenTwoTables(KnownSchema schema) {
        SchemaModel model = schema.model(Vendors.require("mssql"));
        for (Function<Constraint, String> action : List.<Function<Constraint, String>>of(Constraint::onUpdate,
                Constraint::onDelete)) {
            Map<String, List<Constraint>> cascading = children(model, fk -> !action.apply(fk).equals(NO_ACTION));
            List<String> problems = new ArrayList<>();
            for (String parent : cascading.keySet()) {
                Map<String, Integer> paths = new TreeMap<>();
                countPaths(parent, cascading, new HashSet<>(Set.of(parent)), paths, problems);
                paths.forEach((child, n) -> {
                    if (n > 1) {
                        problems.add(n + " cascading paths from " + parent + " to " + child);
                    }
                });
            }
            assertThat(problems).isEmpty();
        }
    }

    /**
     * DB2 (SQL0633N/SQL0634N): where a table is delete-connected to another along more than one path, the
     * relationships that end those paths have one delete rule, and it is not SET NULL.
     */
    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void db2DeleteConnectionsAlongSeveralPathsEndInOneRule(KnownSchema schema) {
        SchemaModel model = schema.model(Vendors.require("db2"));
        Map<String, List<Constraint>> children = children(model, fk -> true);
        List<String> problems = new ArrayList<>();
        for (String parent : children.keySet()) {
            Map<String, List<String>> rules = new TreeMap<>();
            deleteConnections(parent, children, new HashSet<>(Set.of(parent)), rules);
            rules.forEach((child, r) -> {
                if (r.size() > 1 && (new HashSet<>(r).size() > 1 || r.contains("SET NULL"))) {
                    problems.add(parent + " -> " + child + " along paths ending in " + r);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private static Map<String, List<Constraint>> children(SchemaModel model,
                                                          java.util.function.Predicate<Constraint> keep) {
        Map<String, List<Constraint>> out = new TreeMap<>();
        for (Table t : model.tables()) {
            t.constraints(Constraint.Kind.FK).stream().filter(keep)
                    .forEach(fk -> out.computeIfAbsent(fk.refTable(), k -> new ArrayList<>()).add(fk));
        }
        return out;
    }

    private static void countPaths(String table, Map<String, List<Constraint>> cascading, Set<String> onPath,
                                   Map<String, Integer> paths, List<String> problems) {
        for (Constraint fk : cascading.getOrDefault(table, List.of())) {
            if (!onPath.add(fk.table())) {
                problems.add("cascading cycle through " + fk.table() + " " + fk.definition());
                continue;
            }
            paths.merge(fk.table(), 1, Integer::sum);
            countPaths(fk.table(), cascading, onPath, paths, problems);
            onPath.remove(fk.table());
        }
    }

    /** Every table a delete on {@code table} reaches, with the delete rule of each relationship that reaches it. */
    private static void deleteConnections(String table, Map<String, List<Constraint>> children, Set<String> onPath,
                                          Map<String, List<String>> rules) {
        for (Constraint fk : children.getOrDefault(table, List.of())) {
            rules.computeIfAbsent(fk.table(), k -> new ArrayList<>()).add(fk.onDelete());
            if (fk.onDelete().equals("CASCADE") && onPath.add(fk.table())) {
                deleteConnections(fk.table(), children, onPath, rules);
                onPath.remove(fk.table());
            }
        }
    }
}
