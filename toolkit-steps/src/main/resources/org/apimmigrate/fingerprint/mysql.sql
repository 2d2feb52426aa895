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
    TAKEN_AT DATETIME(3) NULL
)
-- [column]
COALESCE(CONCAT('v', CAST(${column} AS CHAR)), 'n')
-- [column-binary]
COALESCE(CONCAT('v', HEX(${column})), 'n')
-- [separator]
, '|',
-- [row]
CONCAT(${columns})
-- [digest]
SELECT COUNT(*), CAST(COALESCE(SUM(CAST(CONV(SUBSTR(MD5(${row}), 1, 15), 16, 10) AS UNSIGNED)), 0) AS CHAR)
  FROM ${table}${where}
-- [identifier]
`${name}`
