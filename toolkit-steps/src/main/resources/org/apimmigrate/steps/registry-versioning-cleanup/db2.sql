-- Registry versioning clean-up, DB2. Only version-linked rows (REG_VERSION set) are touched; rows written without
-- versioning keep every byte. Joins use the full key (REG_VERSION, REG_TENANT_ID). Always in place: DB2 empties a
-- table without logging each row only with TRUNCATE ... IMMEDIATE, which must open its unit of work, and the step
-- runs in one transaction here, so a rebuild would delete every row anyway. Set-based statements, each a no-op when
-- run again; DB2 indexes no foreign-key column by itself, but the association tables' (REG_VERSION, REG_TENANT_ID)
-- index serves the first two, and the anti-join of the third is one pass.
-- Slots: assoc, value, id.
-- [inPlace]
DELETE FROM ${assoc} x
 WHERE x.REG_VERSION IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM REG_RESOURCE r WHERE r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID)
--;
MERGE INTO ${assoc} x
USING REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
 WHEN MATCHED AND (x.REG_PATH_ID IS DISTINCT FROM r.REG_PATH_ID OR x.REG_RESOURCE_NAME IS DISTINCT FROM r.REG_NAME)
 THEN UPDATE SET REG_PATH_ID = r.REG_PATH_ID, REG_RESOURCE_NAME = r.REG_NAME
--;
DELETE FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${assoc} x WHERE x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID)
