package org.apimmigrate.api.vendor;

/**
 * What a vendor can and cannot do that changes how steps run.
 *
 * @param transactionalDdl   DDL takes part in transactions (PostgreSQL, MSSQL, DB2, H2); false where every DDL
 *                           statement commits implicitly (MySQL, Oracle), so a failed step cannot be rolled back
 * @param maxIdentifierLength longest name a table, column or constraint may have
 * @param nativeLock         the vendor has an engine-native lock that is freed when the session ends
 * @param foreignKeysNeedIndex every foreign key must keep an index on its columns (MySQL), so a key or index a foreign
 *                           key relies on can only be dropped with the foreign key out of the way
 */
public record Capabilities(boolean transactionalDdl, int maxIdentifierLength, boolean nativeLock,
                           boolean foreignKeysNeedIndex) {
}
