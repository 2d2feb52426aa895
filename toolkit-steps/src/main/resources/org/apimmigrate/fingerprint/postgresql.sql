-- Per-table row count and content digest, computed in the database (streaming; no row reaches the JVM).
-- One aggregate (one scan) per table; the toolkit joins those of many tables by UNION ALL, each numbered by branch.
-- The digest is the sum of each row's 64-bit hash of its text (hashtextextended: the hash PostgreSQL keeps stable
-- for hash partitioning), so it does not depend on row order; hashing costs a fraction of MD5's per row.
-- Digests of this scheme are stored as "<scheme>:<sum>"; a fingerprint without the prefix was taken with the hash in
-- [hash-legacy], which its after-fingerprint then uses too.
-- [column]
COALESCE('v' || CAST(${column} AS TEXT), 'n')
-- [column-binary]
COALESCE('v' || ENCODE(${column}, 'hex'), 'n')
-- [separator]
|| '|' ||
-- [row]
${columns}
-- [scheme]
h64
-- [hash]
hashtextextended(${row}, 0)
-- [hash-legacy]
('x' || SUBSTR(MD5(${row}), 1, 15))::BIT(60)::BIGINT
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
-- [estimates]
-- the catalog's row estimate per table, to share the tables between two connections (no scan)
SELECT c.relname, CAST(c.reltuples AS BIGINT) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
-- [identifier]
"${name}"
