-- Per-table row count and content digest, computed in the database (streaming; no row reaches the JVM).
-- One aggregate (one scan) per table; the toolkit joins those of many tables by UNION ALL, each numbered by branch.
-- The digest is the sum of each row's 64-bit hash, so it does not depend on row order. Two hashes, best first:
-- * r64 (PostgreSQL 14 and later): hash_record_extended over the row's values as they are. Turning each value into
--   text took most of a scan (timestamps above all); the hash of a value does not depend on its declared length,
--   and a NULL hashes alike whatever its type, so a column whose length or (while empty) type a phase changes still
--   compares. Types without a hash function of their own are hashed as text.
-- * h64: hashtextextended (the hash PostgreSQL keeps stable for hash partitioning) over the row as text.
-- Digests are stored as "<scheme>:<sum>" and finished with the scheme they were taken with; a fingerprint without
-- the prefix was taken with the hash in [hash-legacy], which its after-fingerprint then uses too.
-- [schemes]
r64 h64
-- [available r64]
SELECT COUNT(*) FROM pg_proc WHERE proname = 'hash_record_extended'
-- [native-types r64]
SMALLINT INTEGER BIGINT NUMERIC DECIMAL CHAR VARCHAR LONGVARCHAR DATE TIMESTAMP TIMESTAMP_WITH_TIMEZONE
-- [column-native r64]
${column}
-- [column-binary r64]
${column}
-- [column r64]
CAST(${column} AS TEXT)
-- [separator r64]
,
-- [row r64]
ROW(${columns})
-- [hash r64]
hash_record_extended(${row}, 0)
-- [column]
COALESCE('v' || CAST(${column} AS TEXT), 'n')
-- [column-binary]
COALESCE('v' || ENCODE(${column}, 'hex'), 'n')
-- [separator]
|| '|' ||
-- [row]
${columns}
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
-- FILTER, not CASE: the same rows and sums, a third less time per row of a large table
, COUNT(*) FILTER (WHERE ${subset}), CAST(COALESCE(SUM(${hash}) FILTER (WHERE ${subset}), 0) AS VARCHAR(64))
-- [nothing-kept]
, 0, CAST(NULL AS VARCHAR(64))
-- [estimates]
-- the catalog's row estimate per table, to share the tables between two connections (no scan)
SELECT c.relname, CAST(c.reltuples AS BIGINT) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
-- [side by side]
-- run on each of the two connections that digest side by side: they already keep two cores busy, and parallel
-- workers per query on top only contend with the other connection's scan (on 2 cores a fingerprint of 525,000
-- property rows took 0.24 s without them, 0.32 s with)
SET max_parallel_workers_per_gather = 0
-- [side by side done]
RESET max_parallel_workers_per_gather
-- [identifier]
"${name}"
