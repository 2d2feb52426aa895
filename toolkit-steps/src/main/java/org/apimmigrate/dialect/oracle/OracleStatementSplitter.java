package org.apimmigrate.dialect.oracle;

import org.apimmigrate.dialect.common.ScriptSplitter;
import org.apimmigrate.dialect.common.SplitRules;

/**
 * Oracle scripts as SQL*Plus reads them: a plain statement ends with {@code ;} or with {@code /} alone on its line;
 * a PL/SQL unit ({@code CREATE [OR REPLACE] TRIGGER|PROCEDURE|FUNCTION|PACKAGE|TYPE ...}, {@code DECLARE ...},
 * {@code BEGIN ...}) keeps every {@code ;}, its final {@code END;} included, and ends only with {@code /} alone on
 * its line or the end of the script. {@code /} anywhere else is division. {@code q'[...]'} quotes text.
 */
final class OracleStatementSplitter extends ScriptSplitter {

    OracleStatementSplitter() {
        super(SplitRules.standard()
                .alternativeQuotes()
                .slash(SplitRules.Slash.OWN_LINE)
                .plsqlUnits()
                .build());
    }
}
