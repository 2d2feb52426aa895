-- Per-table row count and content digest, computed in the database (streaming; no row reaches the JVM).
-- The digest is the sum of the first 60 bits of each row's MD5, so it does not depend on row order.
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
