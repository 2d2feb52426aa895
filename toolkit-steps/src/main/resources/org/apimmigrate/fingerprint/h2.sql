-- Per-table row count and content digest, computed in the database (no row reaches the JVM).
-- The digest is the sum of each row's ORA_HASH, so it does not depend on row order.
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
