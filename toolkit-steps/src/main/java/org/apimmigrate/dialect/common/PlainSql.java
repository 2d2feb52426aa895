package org.apimmigrate.dialect.common;

import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * JDBI set up to hand a statement that holds nothing for it to replace straight to the driver. JDBI lexes every new
 * statement for parameters and again for template attributes; in a command's short-lived JVM that lexing took most
 * of the Java time of the steps' small queries (row counts, checks). Its parameter lexer replaces or drops only
 * {@code :name}, {@code ?} and a backslash's next character, and its template engine only {@code <name>}: a statement
 * without {@code :}, {@code ?} and {@code \} skips the first, one without {@code <} the second, and every other
 * statement goes through JDBI's own as before.
 */
public final class PlainSql {

    private PlainSql() {
    }

    /** The JDBI, set up so (its parser and template engine as it had them stay in charge of the rest). */
    public static Jdbi setUp(Jdbi jdbi) {
        return jdbi.configure(SqlStatements.class, s -> s.setSqlParser(new Parser(s.getSqlParser()))
                .setTemplateEngine(new Templates(s.getTemplateEngine())));
    }

    private static boolean holdsAny(String sql, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (sql.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private record Parser(SqlParser lexing) implements SqlParser {
        @Override
        public ParsedSql parse(String sql, StatementContext ctx) {
            return holdsAny(sql, ":?\\") ? lexing.parse(sql, ctx) : ParsedSql.builder().append(sql).build();
        }

        @Override
        public String nameParameter(String rawName, StatementContext ctx) {
            return lexing.nameParameter(rawName, ctx);
        }
    }

    private record Templates(TemplateEngine rendering) implements TemplateEngine {
        @Override
        public String render(String template, StatementContext ctx) {
            return holdsAny(template, "<") ? rendering.render(template, ctx) : template;
        }

        @Override
        public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
            return holdsAny(template, "<") ? rendering.parse(template, config) : Optional.of(ctx -> template);
        }
    }
}
