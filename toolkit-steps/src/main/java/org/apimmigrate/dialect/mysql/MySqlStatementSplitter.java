package org.apimmigrate.dialect.mysql;

import org.apimmigrate.dialect.common.ScriptSplitter;
import org.apimmigrate.dialect.common.SplitRules;

/**
 * MySQL / MariaDB scripts as the mysql client reads them: {@code ;} ends a statement unless a {@code DELIMITER x} line
 * chose another terminator (as scripts with stored routines do); {@code #} and {@code --} start comments ({@code --}
 * only with a blank after it); a block comment opened by {@code /*!} is SQL; backticks quote names; backslashes
 * escape inside quotes. Like the client, it does not look for {@code BEGIN ... END}: routines need a
 * {@code DELIMITER}.
 */
final class MySqlStatementSplitter extends ScriptSplitter {

    MySqlStatementSplitter() {
        super(SplitRules.standard()
                .hashComments()
                .dashCommentNeedsSpace()
                .executableComments()
                .backslashEscapes()
                .backtickQuotes()
                .delimiterDirective()
                .build());
    }
}
