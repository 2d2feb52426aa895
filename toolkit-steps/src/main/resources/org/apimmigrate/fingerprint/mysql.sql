-- Per-table row count and content digest, computed in the database (streaming; no row reaches the JVM).
-- One aggregate (one scan) per table; the toolkit joins those of many tables by UNION ALL, each numbered by branch.
-- The digest is the sum of each row's CRC32 (32 bits, as H2's ORA_HASH), so it does not depend on row order. Two
-- ways to turn a row into the bytes hashed, best first:
-- * b32: each value's own bytes (CAST AS BINARY: no conversion to the connection's character set, which took about
--   half of a scan), joined by CONCAT_WS, which skips NULLs, so a last field marks which values were NULL. The
--   toolkit never changes the character set of a column that holds data, so its bytes compare before and after.
-- * crc32: each value as text in the connection's character set, NULL written as 'n' and a value as 'v' + value.
-- Digests are stored as "<scheme>:<sum>" and finished with the scheme they were taken with; a fingerprint without
-- the prefix was taken with the hash in [hash-legacy], which its after-fingerprint then uses too.
-- [schemes]
b32 crc32
-- [column b32]
CAST(${column} AS BINARY)
-- [column-binary b32]
${column}
-- [separator b32]
,
-- [null b32]
${column} IS NULL
-- [row b32]
CONCAT_WS('|', ${columns}, CONCAT(${nulls}))
-- [hash b32]
CRC32(${row})
-- [column]
COALESCE(CONCAT('v', CAST(${column} AS CHAR)), 'n')
-- [column-binary]
COALESCE(CONCAT('v', HEX(${column})), 'n')
-- [separator]
, '|',
-- [row]
CONCAT(${columns})
-- [hash]
CRC32(${row})
-- [hash-legacy]
CAST(CONV(SUBSTR(MD5(${row}), 1, 15), 16, 10) AS UNSIGNED)
-- [digest]
SELECT ${branch}, COUNT(*), ${content}${kept} FROM ${table}
-- [content]
CAST(COALESCE(SUM(${hash}), 0) AS CHAR)
-- [rows-only]
-- a table whose rows the phase removes by design: only its count and the kept rows' digest are compared
CAST(NULL AS CHAR)
-- [kept]
, COUNT(CASE WHEN ${subset} THEN 1 END), CAST(COALESCE(SUM(CASE WHEN ${subset} THEN ${hash} END), 0) AS CHAR)
-- [nothing-kept]
, 0, CAST(NULL AS CHAR)
-- [estimates]
-- the catalog's row estimate per table, to share the tables between two connections (no scan)
SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES
 WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'
-- [snapshot]
-- The tables no step of the phase changes are digested alongside the steps, on a connection of their own, in one
-- transaction whose consistent snapshot is taken before the steps start: it reads them as the phase found them,
-- whenever it reads them. A table whose definition changed since (TRUNCATE, ALTER) fails the read ("Table definition
-- has changed") instead of showing its new rows.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ
--;
START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY
-- [snapshot done]
COMMIT
-- [held snapshot]
-- Tried before [snapshot]: the tables are locked against writes (LOCK TABLES ... READ, which lets any session read
-- them) until the phase's steps are done. No session can change them meanwhile, so no snapshot is needed, and their
-- after-fingerprint is this one, with no second scan; this also holds for a table that is not InnoDB. Where a session
-- writes one of them now, or the user may not lock tables, the lock fails within a second and [snapshot] is taken.
-- The transaction begins with autocommit off, not START TRANSACTION, which would let the locks go.
SET SESSION lock_wait_timeout = 1
--;
SET autocommit = 0
--;
LOCK TABLES ${heldTables}
-- [held table]
${table} READ
-- [held waiters]
-- the sessions waiting for a table lock: a step must never wait for the hold, which then lets go at once
SELECT COUNT(*) FROM information_schema.PROCESSLIST
 WHERE ID <> CONNECTION_ID() AND STATE LIKE 'Waiting for table%lock'
-- [held snapshot done]
COMMIT
--;
UNLOCK TABLES
--;
SET autocommit = 1
--;
SET SESSION lock_wait_timeout = DEFAULT
-- [identifier]
`${name}`
