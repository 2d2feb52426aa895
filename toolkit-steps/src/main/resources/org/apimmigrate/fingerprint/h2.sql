-- Per-table row count and content digest, computed in the database (no row reaches the JVM).
-- The digest is the sum of each row's ORA_HASH, so it does not depend on row order.
-- [create]
CREATE TABLE APIM_MIGRATE_FINGERPRINT (
    PHASE VARCHAR(20) NOT NULL,
    MOMENT VARCHAR(10) NOT NULL,
    TABLE_NAME VARCHAR(128) NOT NULL,
    SUBSET VARCHAR(200) NOT NULL,
    COLUMN_LIST VARCHAR(4000) NOT NULL,
    ROW_COUNT BIGINT NOT NULL,
    DIGEST VARCHAR(64) NOT NULL,
    TAKEN_AT TIMESTAMP
)
-- [column]
COALESCE('v' || CAST(${column} AS VARCHAR), 'n')
-- [column-binary]
COALESCE('v' || RAWTOHEX(${column}), 'n')
-- [separator]
|| '|' ||
-- [row]
${columns}
-- [digest]
SELECT COUNT(*), CAST(COALESCE(SUM(ORA_HASH(${row})), 0) AS VARCHAR(64)) FROM ${table}${where}
-- [identifier]
"${name}"
