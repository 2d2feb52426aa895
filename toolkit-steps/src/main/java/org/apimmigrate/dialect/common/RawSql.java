package org.apimmigrate.dialect.common;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Generated SQL run as written, without parameters: JDBI otherwise lexes each statement for named parameters and
 * template attributes, which for the fingerprint's long generated queries (new every time, so no cache helps) took
 * most of the JVM's time while they ran.
 */
public final class RawSql {

    private static final SqlParser AS_WRITTEN = new SqlParser() {
        @Override
        public ParsedSql parse(String sql, StatementContext ctx) {
            return ParsedSql.of(sql, ParsedParameters.positional(0));
        }

        @Override
        public String nameParameter(String rawName, StatementContext ctx) {
            return rawName;
        }
    };

    private RawSql() {
    }

    public static Query query(Handle handle, String sql) {
        return handle.createQuery(sql).configure(SqlStatements.class,
                s -> s.setSqlParser(AS_WRITTEN).setTemplateEngine(TemplateEngine.NOP));
    }
}
