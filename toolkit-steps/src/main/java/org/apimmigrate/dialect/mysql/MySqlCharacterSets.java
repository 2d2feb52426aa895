package org.apimmigrate.dialect.mysql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.dialect.CharacterSets;
import org.apimmigrate.dialect.common.SqlResource;
import org.jdbi.v3.core.Handle;

/**
 * MySQL / MariaDB character sets. The catalog shows a column's collation only where it is not the database's
 * default, so a target model without collations (WSO2's scripts name one only for REG_PATH_VALUE) is fitted to the
 * live database: an existing column keeps its collation; a column new in an existing table takes the table's default
 * (as {@code ADD COLUMN} gives it), a new table the database's; a foreign key between a new and an existing column
 * gives the new one the existing one's collation (InnoDB refuses a foreign key across character sets, errno 150).
 * Where WSO2 names a collation of another character set than the column has, the column keeps its character set and
 * takes that set's binary collation, which is as case-sensitive as WSO2's.
 */
final class MySqlCharacterSets implements CharacterSets {

    private static final Pattern COLLATE = Pattern.compile("(?i)^(.*?) COLLATE (\\S+)$");
    private static final Pattern STRING_TYPE = Pattern.compile("(?i)^((var)?char\\(.*|(tiny|medium|long)?text.*|enum\\(.*|set\\(.*)");
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");
    /** InnoDB's largest index key (DYNAMIC and COMPRESSED row formats, the default since MySQL 5.7 / MariaDB 10.2). */
    private static final int MAX_KEY_BYTES = 3072;
    private static final int LISTED_TABLES = 10;

    private final String query = SqlResource.read("org/apimmigrate/dialect/mysql/catalog/collations.sql");

    @Override
    public Snapshot fit(Snapshot target, Snapshot live, Handle handle) {
        return fit(target, live, defaults(handle));
    }

    static Snapshot fit(Snapshot target, Snapshot live, Defaults defaults) {
        return new Fitting(target, live, defaults).fitted();
    }

    @Override
    public List<Finding> findings(Snapshot fittedTarget, Snapshot live, Handle handle) {
        Defaults defaults = defaults(handle);
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.info(FindingCode.CHARACTER_SETS, "Character sets: " + describe(defaults)
                + ". Existing tables and columns keep theirs; new ones take the database's default."));
        Map<String, String> liveTypes = columnTypes(live);
        Map<String, String> fittedTypes = columnTypes(fittedTarget);
        for (Map.Entry<String, String> e : fittedTypes.entrySet()) {
            String wso2 = collation(e.getValue());
            String liveType = liveTypes.get(e.getKey());
            if (wso2 != null && liveType != null && wso2.endsWith("_bin") && !wso2.equals(collation(liveType))) {
                findings.add(Finding.info(FindingCode.CHARACTER_SET_KEPT, e.getKey().replace('|', '.') + " keeps its character set "
                        + characterSet(effective(liveType, defaults)) + " and becomes case-sensitive (" + wso2
                        + "), as WSO2's 4.0.0 script makes it in latin1, which could not hold every value it may have."));
            }
        }
        findings.addAll(foreignKeyConflicts(fittedTarget, live, fittedTypes, liveTypes, defaults));
        findings.addAll(keysTooLong(fittedTarget, live, fittedTypes, defaults));
        return findings;
    }

    /** Foreign keys to add between two existing columns of different character sets: InnoDB refuses them. */
    private static List<Finding> foreignKeyConflicts(Snapshot target, Snapshot live, Map<String, String> fittedTypes,
                                                     Map<String, String> liveTypes, Defaults defaults) {
        List<Finding> out = new ArrayList<>();
        Set<String> liveForeignKeys = live.lines().stream().filter(l -> l.kind() == SnapshotLine.Kind.CON)
                .map(l -> l.table() + "|" + l.fields().get(2)).collect(Collectors.toSet());
        for (Constraint fk : foreignKeys(target)) {
            if (liveForeignKeys.contains(fk.table() + "|" + fk.definition())) {
                continue;
            }
            for (int i = 0; i < fk.columns().size(); i++) {
                String child = fk.table() + "|" + fk.columns().get(i);
                String parent = fk.refTable() + "|" + fk.refColumns().get(i);
                if (!liveTypes.containsKey(child) || !liveTypes.containsKey(parent)
                        || !isString(fittedTypes.getOrDefault(child, "")) || !isString(fittedTypes.getOrDefault(parent, ""))) {
                    continue;
                }
                String childSet = characterSet(effective(liveTypes.get(child), defaults));
                String parentSet = characterSet(effective(liveTypes.get(parent), defaults));
                if (!childSet.equals(parentSet)) {
                    out.add(Finding.blocker(FindingCode.CHARACTER_SETS_BLOCK_FOREIGN_KEY, "4.0.0 adds a foreign key from "
                            + child.replace('|', '.') + " (" + childSet + ") to " + parent.replace('|', '.') + " ("
                            + parentSet + "), and the engine refuses a foreign key between columns of different "
                            + "character sets.", "Give both tables the same character set before the upgrade (e.g. "
                            + "ALTER TABLE " + fk.table() + " CONVERT TO CHARACTER SET " + parentSet
                            + " after a backup), then run again. Nothing was changed."));
                }
            }
        }
        return out;
    }

    /** Keys and indexes the upgrade creates whose key would exceed InnoDB's limit in the character sets they get. */
    private static List<Finding> keysTooLong(Snapshot target, Snapshot live, Map<String, String> fittedTypes,
                                             Defaults defaults) {
        Set<String> liveKeys = live.lines().stream().filter(l -> l.kind() == SnapshotLine.Kind.CON
                        || l.kind() == SnapshotLine.Kind.IDX)
                .map(l -> l.table() + "|" + l.fields().get(2))
                .collect(Collectors.toSet());
        List<Finding> out = new ArrayList<>();
        for (SnapshotLine l : target.lines()) {
            boolean key = l.kind() == SnapshotLine.Kind.CON && !"FK".equals(l.fields().get(1))
                    && !"CHECK".equals(l.fields().get(1));
            boolean index = l.kind() == SnapshotLine.Kind.IDX;
            if (!key && !index) {
                continue;
            }
            String definition = l.fields().get(2);
            if (liveKeys.contains(l.table() + "|" + definition)) {
                continue;
            }
            long bytes = 0;
            for (String column : columnsOf(definition)) {
                String type = fittedTypes.getOrDefault(l.table() + "|" + column, "");
                bytes += keyBytes(type, defaults);
            }
            if (bytes > MAX_KEY_BYTES) {
                String fix = defaults.tables().containsKey(l.table())
                        ? "Give " + l.table() + " a character set its key fits in (WSO2's set-up uses latin1): e.g. "
                        + "ALTER TABLE " + l.table() + " CONVERT TO CHARACTER SET latin1 after a backup, if its values "
                        + "are all Latin-1"
                        : "Make the database's default a character set the key fits in (WSO2's set-up uses latin1): "
                        + "e.g. ALTER DATABASE ... CHARACTER SET latin1 (existing tables keep theirs)";
                out.add(Finding.blocker(FindingCode.KEY_TOO_LONG_FOR_CHARACTER_SET, "4.0.0 adds " + (key ? "the key " : "the index ")
                        + l.table() + " " + definition + ", " + bytes + " bytes in this database's character sets: "
                        + "over InnoDB's limit of " + MAX_KEY_BYTES + " bytes (WSO2's own script fails the same way).",
                        fix + ", then run again. Nothing was changed."));
            }
        }
        return out;
    }

    private static List<String> columnsOf(String definition) {
        int open = definition.indexOf('(');
        int close = definition.indexOf(')');
        if (open < 0 || close < open) {
            return List.of();
        }
        return List.of(definition.substring(open + 1, close).split(",")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static long keyBytes(String type, Defaults defaults) {
        if (!isString(type)) {
            return 8;
        }
        Matcher m = LENGTH.matcher(type);
        long length = m.find() ? Long.parseLong(m.group(1)) : 255;
        return length * bytesPerCharacter(characterSet(effective(type, defaults)));
    }

    private static int bytesPerCharacter(String characterSet) {
        return switch (characterSet) {
            case "latin1", "latin2", "ascii", "binary", "cp1250", "cp1251", "cp1252" -> 1;
            case "ucs2" -> 2;
            case "utf8", "utf8mb3" -> 3;
            default -> 4;
        };
    }

    private static String describe(Defaults defaults) {
        Map<String, Set<String>> tablesBySet = new TreeMap<>();
        defaults.tables().forEach((table, coll) -> tablesBySet.computeIfAbsent(characterSet(coll), k -> new TreeSet<>())
                .add(table));
        String tables = tablesBySet.entrySet().stream().map(e -> e.getValue().size() + " table(s) in " + e.getKey()
                + (tablesBySet.size() > 1 && e.getValue().size() <= LISTED_TABLES ? " (" + String.join(", ", e.getValue())
                + ")" : "")).collect(Collectors.joining(", "));
        return "database default " + characterSet(defaults.database()) + " (" + defaults.database() + ")"
                + (tables.isEmpty() ? "" : "; " + tables);
    }

    private Defaults defaults(Handle handle) {
        String database = "latin1_swedish_ci";
        Map<String, String> tables = new TreeMap<>();
        try (Statement st = handle.getConnection().createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                if (rs.getString(1).isEmpty()) {
                    database = rs.getString(2);
                } else if (rs.getString(2) != null) {
                    tables.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's character sets: " + e.getMessage(), e);
        }
        return new Defaults(database, tables);
    }

    /** The database's default collation and each table's. */
    record Defaults(String database, Map<String, String> tables) {
        String ofTable(String table) {
            return tables.getOrDefault(table, database);
        }
    }

    /** One fitting of a target to a live database. */
    private static final class Fitting {
        private final Snapshot target;
        private final Defaults defaults;
        private final Map<String, String> liveTypes;
        private final Set<String> liveTables;
        private final Map<String, String> types = new LinkedHashMap<>();

        Fitting(Snapshot target, Snapshot live, Defaults defaults) {
            this.target = target;
            this.defaults = defaults;
            this.liveTypes = columnTypes(live);
            this.liveTables = live.tables();
        }

        Snapshot fitted() {
            for (SnapshotLine l : target.lines()) {
                if (l.kind() == SnapshotLine.Kind.COL) {
                    String key = l.table() + "|" + l.fields().get(1);
                    types.put(key, fit(l.table(), l.fields().get(2), liveTypes.get(key)));
                }
            }
            for (Constraint fk : foreignKeys(target)) {
                for (int i = 0; i < fk.columns().size() && i < fk.refColumns().size(); i++) {
                    matchAcross(fk.table() + "|" + fk.columns().get(i), fk.refTable() + "|" + fk.refColumns().get(i));
                }
            }
            List<SnapshotLine> lines = new ArrayList<>();
            for (SnapshotLine l : target.lines()) {
                if (l.kind() == SnapshotLine.Kind.COL) {
                    List<String> fields = new ArrayList<>(l.fields());
                    fields.set(2, types.get(l.table() + "|" + l.fields().get(1)));
                    lines.add(new SnapshotLine(l.kind(), fields));
                } else {
                    lines.add(l);
                }
            }
            return new Snapshot(lines);
        }

        private String fit(String table, String type, String liveType) {
            String wso2 = collation(type);
            if (liveType == null) {
                // a column of a new table takes the database's default, one new in an existing table the table's
                return wso2 != null || !isString(type) || !liveTables.contains(table) ? type
                        : withCollation(type, defaults.ofTable(table), defaults);
            }
            if (!isString(type)) {
                return type;
            }
            String current = isString(liveType) ? effective(liveType, defaults) : defaults.ofTable(table);
            if (wso2 == null) {
                return withCollation(type, current, defaults);
            }
            return characterSet(wso2).equals(characterSet(current)) ? type
                    : withCollation(type, characterSet(current) + "_bin", defaults);
        }

        /** Gives the new side of a foreign key the character set of the existing side. */
        private void matchAcross(String child, String parent) {
            String childType = types.get(child);
            String parentType = types.get(parent);
            if (childType == null || parentType == null || !isString(childType) || !isString(parentType)) {
                return;
            }
            String childCollation = effective(childType, defaults);
            String parentCollation = effective(parentType, defaults);
            if (characterSet(childCollation).equals(characterSet(parentCollation))) {
                return;
            }
            if (!liveTypes.containsKey(parent)) {
                types.put(parent, withCollation(parentType, childCollation, defaults));
            } else if (!liveTypes.containsKey(child)) {
                types.put(child, withCollation(childType, parentCollation, defaults));
            }
        }
    }

    private static List<Constraint> foreignKeys(Snapshot s) {
        return SchemaModel.of(s).tables().stream().flatMap(t -> t.constraints(Constraint.Kind.FK).stream()).toList();
    }

    private static Map<String, String> columnTypes(Snapshot s) {
        Map<String, String> out = new HashMap<>();
        s.lines().stream().filter(l -> l.kind() == SnapshotLine.Kind.COL)
                .forEach(l -> out.put(l.table() + "|" + l.fields().get(1), l.fields().get(2)));
        return out;
    }

    /** The type with the collation, written only where it is not the database's default (as the catalog shows it). */
    private static String withCollation(String type, String collation, Defaults defaults) {
        String base = base(type);
        return collation.equalsIgnoreCase(defaults.database()) ? base : base + " COLLATE " + collation;
    }

    private static String base(String type) {
        Matcher m = COLLATE.matcher(type);
        return m.matches() ? m.group(1) : type;
    }

    private static String collation(String type) {
        Matcher m = COLLATE.matcher(type);
        return m.matches() ? m.group(2) : null;
    }

    private static String effective(String type, Defaults defaults) {
        String c = collation(type);
        return c == null ? defaults.database() : c;
    }

    static boolean isString(String type) {
        return STRING_TYPE.matcher(base(type)).matches();
    }

    static String characterSet(String collation) {
        int underscore = collation.indexOf('_');
        return (underscore < 0 ? collation : collation.substring(0, underscore)).toLowerCase(Locale.ROOT);
    }
}
