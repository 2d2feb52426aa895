package org.apimmigrate.dialect.mssql;

import org.apimmigrate.dialect.common.ScriptSplitter;
import org.apimmigrate.dialect.common.SplitRules;

/**
 * SQL Server (T-SQL) scripts. {@code GO} alone on a line ends a batch; within a batch {@code ;} ends a statement
 * outside {@code BEGIN ... END} blocks, so {@code IF ... BEGIN ... END} stays whole.
 *
 * <p>T-SQL variables live only as long as their batch, so a statement that declares a variable starts a batch that
 * runs through the last statement (before the next {@code GO} or the end) that uses one of its variables:
 * {@code DECLARE @x ...; SET @x = ...; EXEC(... + @x)} comes out as one statement, the statements after the last use
 * as usual. An {@code IF ... BEGIN ... END} followed by another statement without {@code ;} stays with it: the server
 * runs both as one batch. {@code [name]} quotes names.
 */
final class MsSqlStatementSplitter extends ScriptSplitter {

    MsSqlStatementSplitter() {
        super(SplitRules.standard()
                .bracketQuotes()
                .blocks(SplitRules.Blocks.TRANSACT_SQL)
                .goBatches()
                .variableBatches()
                .build());
    }
}
