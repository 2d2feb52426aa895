package org.apimmigrate.dialect.db2;

import org.apimmigrate.dialect.common.ScriptSplitter;
import org.apimmigrate.dialect.common.SplitRules;

/**
 * DB2 scripts in the styles found in the wild: {@code ;} ends a statement outside {@code BEGIN [ATOMIC] ... END}
 * blocks (SQL PL {@code END IF}, {@code END LOOP} ... close no block); {@code /} ends one when alone on its line, and
 * also when it is the last thing on a line outside a block ({@code stmt /}, {@code )/}), so a division must not end
 * a line. A {@code --#SET TERMINATOR x} comment makes {@code x} the only terminator from there on
 * ({@code --#SET TERMINATOR ;} returns to the default).
 */
final class Db2StatementSplitter extends ScriptSplitter {

    Db2StatementSplitter() {
        super(SplitRules.standard()
                .slash(SplitRules.Slash.LINE_END)
                .blocks(SplitRules.Blocks.SQL_PL)
                .terminatorDirective()
                .build());
    }
}
