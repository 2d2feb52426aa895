-- Per-table row count and content digest, computed in the database (streaming; no row reaches the JVM).
-- The digest is the sum of the first 60 bits of each row's MD5, so it does not depend on row order.
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
COALESCE('v' || CAST(${column} AS TEXT), 'n')
-- [column-binary]
COALESCE('v' || ENCODE(${column}, 'hex'), 'n')
-- [separator]
|| '|' ||
-- [row]
${columns}
-- [digest]
SELECT COUNT(*), CAST(COALESCE(SUM(('x' || SUBSTR(MD5(${row}), 1, 15))::BIT(60)::BIGINT), 0) AS VARCHAR(64))
  FROM ${table}${where}
-- [identifier]
"${name}"
