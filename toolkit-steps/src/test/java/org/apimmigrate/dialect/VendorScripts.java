package org.apimmigrate.dialect;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Statements as a vendor's scripts hold them, for checks without an engine: joined the way the vendor's tools read
 * a script (SQL Server batches end with {@code GO}; Oracle and DB2 statements, PL/SQL and compound blocks included,
 * with {@code /} on its own line), and whether JSqlParser reads them.
 */
public final class VendorScripts {

    /** WSO2's 3.2.0 SQL Server column named TIMESTAMP, bracket-quoted: JSqlParser reads it under another name. */
    public static final Unparseable MSSQL_TIMESTAMP_COLUMN = Unparseable.of(
            "a column named TIMESTAMP (WSO2's 3.2.0 AM_GW_API_ARTIFACTS), which JSqlParser takes for the type",
            ".*\\[TIMESTAMP].*", s -> s.replace("[TIMESTAMP]", "TIME_STAMP_COLUMN"));

    /** DB2's special register {@code CURRENT SCHEMA}, which JSqlParser knows only as {@code CURRENT_SCHEMA}. */
    public static final UnaryOperator<String> DB2_CURRENT_SCHEMA = s -> s.replace("CURRENT SCHEMA", "CURRENT_SCHEMA");

    /**
     * A kind of statement JSqlParser cannot read, and why that is fine for its vendor. Where a reduction is given,
     * the statement with the unreadable part reduced must parse.
     */
    public record Unparseable(String kind, Pattern shape, UnaryOperator<String> reduction) {

        public static Unparseable of(String kind, String regex) {
            return new Unparseable(kind, Pattern.compile(regex, Pattern.DOTALL), null);
        }

        public static Unparseable of(String kind, String regex, UnaryOperator<String> reduction) {
            return new Unparseable(kind, Pattern.compile(regex, Pattern.DOTALL), reduction);
        }

        public boolean matches(String sql) {
            return shape.matcher(sql).matches();
        }
    }

    private VendorScripts() {
    }

    public static String script(String vendorId, List<String> statements) {
        String end = switch (vendorId) {
            case "mssql" -> "\nGO\n";
            case "oracle", "db2" -> "\n/\n";
            default -> ";\n";
        };
        StringBuilder out = new StringBuilder();
        statements.forEach(s -> out.append(s).append(end));
        return out.toString();
    }

    /**
     * Whether JSqlParser reads the whole text: a T-SQL batch or a text with {@code ;} inside is read as the
     * statements it holds (a single-statement parse would stop quietly at the first {@code ;}).
     */
    public static boolean parses(String sql) {
        try {
            List<Statement> parsed = CCJSqlParserUtil.parseStatements(sql);
            return !parsed.isEmpty() && parsed.stream().noneMatch(UnsupportedStatement.class::isInstance);
        } catch (Exception e) {
            return false;
        }
    }

    /** The listed kind a statement JSqlParser cannot read is of, if any. */
    public static Optional<Unparseable> kindOf(String sql, List<Unparseable> listed) {
        return listed.stream().filter(k -> k.matches(sql)).findFirst();
    }
}
