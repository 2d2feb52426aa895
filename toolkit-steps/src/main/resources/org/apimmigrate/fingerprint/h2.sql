-- Per-table row count and content digest, computed in the database (no row reaches the JVM).
-- One aggregate (one scan) per table; the toolkit joins those of many tables by UNION ALL, each numbered by branch.
-- The digest is the sum of each row's ORA_HASH, so it does not depend on row order.
-- [column]
COALESCE('v' || CAST(${column} AS VARCHAR), 'n')
-- [column-binary]
COALESCE('v' || RAWTOHEX(${column}), 'n')
-- [separator]
|| '|' ||
-- [row]
${columns}
-- [hash]
ORA_HASH(${row})
-- [digest]
SELECT ${branch}, COUNT(*), ${content}${kept} FROM ${table}
-- [content]
CAST(COALESCE(SUM(${hash}), 0) AS VARCHAR(64))
-- [rows-only]
-- a table whose rows the phase removes by design: only its count and the kept rows' digest are compared
CAST(NULL AS VARCHAR(64))
-- [kept]
, COUNT(CASE WHEN ${subset} THEN 1 END), CAST(COALESCE(SUM(CASE WHEN ${subset} THEN ${hash} END), 0) AS VARCHAR(64))
-- [nothing-kept]
, 0, CAST(NULL AS VARCHAR(64))
-- [identifier]
"${name}"
