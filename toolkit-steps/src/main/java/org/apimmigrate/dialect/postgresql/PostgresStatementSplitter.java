package org.apimmigrate.dialect.postgresql;

import org.apimmigrate.dialect.common.ScriptSplitter;
import org.apimmigrate.dialect.common.SplitRules;

/**
 * PostgreSQL scripts as psql reads them: {@code ;} ends a statement; {@code $$ ... $$} and {@code $tag$ ... $tag$}
 * bodies (functions, {@code DO} blocks) are text, {@code ;} inside them included; block comments nest; {@code E'...'}
 * strings take backslash escapes.
 */
final class PostgresStatementSplitter extends ScriptSplitter {

    PostgresStatementSplitter() {
        super(SplitRules.standard()
                .nestedBlockComments()
                .escapeStringPrefix()
                .dollarQuotes(SplitRules.DollarQuotes.TAGGED)
                .build());
    }
}
