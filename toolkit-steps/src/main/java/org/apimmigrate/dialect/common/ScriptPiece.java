package org.apimmigrate.dialect.common;

import java.util.Set;

/**
 * One statement as found in a script: where its text starts and ends (first to last significant character), the
 * {@code GO} batch it belongs to, and the variables ({@code @x}) it declares and mentions.
 */
record ScriptPiece(int start, int end, int batch, Set<String> declared, Set<String> mentioned) {

    ScriptPiece joinedWith(ScriptPiece later) {
        return new ScriptPiece(start, later.end, batch, Set.of(), Set.of());
    }
}
