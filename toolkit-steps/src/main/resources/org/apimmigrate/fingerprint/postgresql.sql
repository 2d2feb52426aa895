-- Per-table row count and content digest, computed in the database (streaming; no row reaches the JVM).
-- One aggregate (one scan) per table; the toolkit joins those of many tables by UNION ALL, each numbered by branch.
-- The digest is the sum of each row's 64-bit hash, so it does not depend on row order. Three hashes, best first:
-- * c64 (PostgreSQL 14 and later): each value hashed on its own by its type's hash function, seeded by its column's
--   place in the row, the row's hash the XOR of its values' (no row is built: a fifth to a quarter less time per row
--   than r64 on the registry's tables).
--   A NULL hashes to its place. Integers of any width hash alike (PostgreSQL's own guarantee), as do VARCHAR and
--   TEXT, so a column a phase widens still compares. A type's function is named by PostgreSQL's name for the type
--   (the driver's for serial columns); types without a function callable on them (timestamptz, date) are hashed
--   as a record of one value, as r64 does; types without any hash function as text.
-- * r64 (PostgreSQL 14 and later): hash_record_extended over the row's values as they are. Turning each value into
--   text took most of a scan (timestamps above all); the hash of a value does not depend on its declared length,
--   and a NULL hashes alike whatever its type, so a column whose length or (while empty) type a phase changes still
--   compares. Types without a hash function of their own are hashed as text.
-- * h64: hashtextextended (the hash PostgreSQL keeps stable for hash partitioning) over the row as text.
-- Digests are stored as "<scheme>:<sum>" and finished with the scheme they were taken with; a fingerprint without
-- the prefix was taken with the hash in [hash-legacy], which its after-fingerprint then uses too.
-- [schemes]
c64 r64 h64
-- [available c64]
SELECT COUNT(*) FROM pg_proc WHERE proname = 'hash_record_extended'
-- [native-types c64]
SMALLINT INTEGER BIGINT NUMERIC DECIMAL CHAR VARCHAR LONGVARCHAR DATE TIMESTAMP TIMESTAMP_WITH_TIMEZONE
-- [column-native c64]
COALESCE(hash_record_extended(ROW(${column}), ${position}), ${position})
-- [column-native c64 int2]
COALESCE(hashint2extended(${column}, ${position}), ${position})
-- [column-native c64 smallserial]
COALESCE(hashint2extended(${column}, ${position}), ${position})
-- [column-native c64 int4]
COALESCE(hashint4extended(${column}, ${position}), ${position})
-- [column-native c64 serial]
COALESCE(hashint4extended(${column}, ${position}), ${position})
-- [column-native c64 int8]
COALESCE(hashint8extended(${column}, ${position}), ${position})
-- [column-native c64 bigserial]
COALESCE(hashint8extended(${column}, ${position}), ${position})
-- [column-native c64 numeric]
COALESCE(hash_numeric_extended(${column}, ${position}), ${position})
-- [column-native c64 bpchar]
COALESCE(hashbpcharextended(${column}, ${position}), ${position})
-- [column-native c64 varchar]
COALESCE(hashtextextended(${column}, ${position}), ${position})
-- [column-native c64 text]
COALESCE(hashtextextended(${column}, ${position}), ${position})
-- [column-native c64 timestamp]
COALESCE(timestamp_hash_extended(${column}, ${position}), ${position})
-- [column-binary c64]
COALESCE(hash_record_extended(ROW(${column}), ${position}), ${position})
-- [column c64]
COALESCE(hashtextextended(CAST(${column} AS TEXT), ${position}), ${position})
-- [separator c64]
#
-- [row c64]
${columns}
-- [hash c64]
(${row})
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
-- [snapshot]
-- The tables no step of the phase changes are digested alongside the steps, on a connection of their own, in one
-- transaction whose snapshot is taken before the steps start: it reads them as the phase found them, whenever it
-- reads them. Their ACCESS SHARE locks come first, so any DDL on them waits for the digest (a snapshot would see a
-- table TRUNCATE emptied as empty). No parallel workers: the steps keep the cores busy.
BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY
--;
LOCK TABLE ${tables} IN ACCESS SHARE MODE
--;
SET LOCAL max_parallel_workers_per_gather = 0
--;
-- the snapshot is taken by the transaction's first query (LOCK and SET take none)
SELECT 1
-- [held snapshot]
-- [snapshot], tried first, with the tables locked against every write (SHARE) until the phase's steps are done: no
-- session can change them meanwhile, so their after-fingerprint is this one, with no second scan. NOWAIT: where a
-- session is writing one of them now, [snapshot] is taken instead. (A READ ONLY transaction takes no SHARE lock.)
BEGIN ISOLATION LEVEL REPEATABLE READ
--;
LOCK TABLE ${tables} IN SHARE MODE NOWAIT
--;
SET LOCAL max_parallel_workers_per_gather = 0
--;
SELECT 1
-- [held waiters]
-- the sessions waiting for a lock of this one: a step must never wait for the hold, which then lets go at once
SELECT COUNT(*) FROM pg_locks w WHERE NOT w.granted AND pg_backend_pid() = ANY (pg_blocking_pids(w.pid))
-- [snapshot done]
COMMIT
-- [identifier]
"${name}"
