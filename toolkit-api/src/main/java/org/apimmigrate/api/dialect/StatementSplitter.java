package org.apimmigrate.api.dialect;

import java.util.List;

/**
 * Cuts a script into the statements a JDBC driver runs one at a time. Each vendor knows its own terminators
 * ({@code ;}, {@code /} alone on a line), blocks (procedural bodies, {@code BEGIN ATOMIC}, {@code $$} bodies), comments
 * and quoted text. Returned statements carry no terminator and no surrounding blank space.
 */
public interface StatementSplitter {

    List<String> split(String script);
}
