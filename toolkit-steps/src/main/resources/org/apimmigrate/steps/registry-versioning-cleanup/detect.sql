-- Plain SQL every vendor runs alike. REG_VERSION 0 names no version on any vendor (every id generator starts at 1); it
-- is what MSSQL's REG_RESOURCE_TAG/COMMENT default writes for rows without versioning.
-- Does the registry hold version-linked association rows at all? The least such version answers, found in the
-- table's (REG_VERSION, REG_TENANT_ID) index without reading the table (versions are positive: for the minimum of
-- "<> 0" MariaDB reads the whole index range, for "> 0" it probes the index once).
-- [anyVersioned]
SELECT MIN(REG_VERSION) FROM ${assoc} WHERE REG_VERSION > 0
-- The rows without a version, summed by the caller, who takes them from all rows (which the phase's fingerprint has
-- just counted) for the version-linked ones. Two counts, each read from the same index alone: joined by OR,
-- PostgreSQL visits every table page holding such a row instead (four times a full scan at millions of rows).
-- [unversionedRows]
SELECT COUNT(*) FROM ${assoc} WHERE REG_VERSION IS NULL
--;
SELECT COUNT(*) FROM ${assoc} WHERE REG_VERSION = 0
-- How many association rows belong to a current version (they stay)? Driven from REG_RESOURCE into the
-- association table's (REG_VERSION, REG_TENANT_ID) index, so it costs one probe per resource, not a table scan.
-- [currentRows]
SELECT COUNT(*) FROM REG_RESOURCE r
  JOIN ${assoc} x ON x.REG_VERSION = r.REG_VERSION AND x.REG_TENANT_ID = r.REG_TENANT_ID
-- The same for every ${every}th current version only (by REG_VERSION, which has no bearing on how many rows a version
-- has), multiplied back by the caller: a fraction of the probes, close enough for choosing how to clean a large
-- table (the caller sizes the sample by the table's rows). MOD is not in every vendor's SQL; integer division and
-- FLOOR are.
-- [currentRowsSampled]
SELECT COUNT(*) FROM REG_RESOURCE r
  JOIN ${assoc} x ON x.REG_VERSION = r.REG_VERSION AND x.REG_TENANT_ID = r.REG_TENANT_ID
 WHERE r.REG_VERSION - ${every} * FLOOR(r.REG_VERSION / ${every}) = 0
