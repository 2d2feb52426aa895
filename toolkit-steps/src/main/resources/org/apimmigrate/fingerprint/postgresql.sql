-- Per-table row count and content digest, computed in the database (streaming; no row reaches the JVM).
-- The digest is the sum of the first 60 bits of each row's MD5, so it does not depend on row order.
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
