-- Per-table row count and content digest, computed in the database (streaming; no row reaches the JVM).
-- One aggregate (one scan) per table; the toolkit joins those of many tables by UNION ALL, each numbered by branch.
-- The digest is the sum of each row's CRC32 (32 bits, as H2's ORA_HASH), so it does not depend on row order; CRC32
-- costs a small fraction of MD5 and the hex conversion the 60-bit digest needed, which took most of the scan.
-- Digests of this scheme are stored as "<scheme>:<sum>"; a fingerprint without the prefix was taken with the hash in
-- [hash-legacy], which its after-fingerprint then uses too.
-- [column]
COALESCE(CONCAT('v', CAST(${column} AS CHAR)), 'n')
-- [column-binary]
COALESCE(CONCAT('v', HEX(${column})), 'n')
-- [separator]
, '|',
-- [row]
CONCAT(${columns})
-- [scheme]
crc32
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
-- [identifier]
`${name}`
