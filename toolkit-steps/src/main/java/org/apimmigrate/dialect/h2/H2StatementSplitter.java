package org.apimmigrate.dialect.h2;

import org.apimmigrate.dialect.common.ScriptSplitter;
import org.apimmigrate.dialect.common.SplitRules;

/**
 * H2 scripts: {@code ;} ends a statement; {@code --}, {@code //} and block comments; {@code $$ ... $$} bodies
 * ({@code CREATE ALIAS ... AS $$ java $$}) are text.
 */
final class H2StatementSplitter extends ScriptSplitter {

    H2StatementSplitter() {
        super(SplitRules.standard()
                .slashSlashComments()
                .dollarQuotes(SplitRules.DollarQuotes.PLAIN)
                .build());
    }
}
