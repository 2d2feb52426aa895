-- Registry versioning clean-up, PostgreSQL. Only version-linked rows (REG_VERSION set) are touched; rows written
-- without versioning keep every byte. Joins use the full key of REG_RESOURCE, (REG_VERSION, REG_TENANT_ID).
-- [prepare]
-- PostgreSQL does not index foreign-key columns: without these, deleting each orphaned REG_PROPERTY/REG_TAG/...
-- row would scan the association table for its foreign-key check. Dropped again in [finish].
CREATE INDEX IF NOT EXISTS APIM_MIGRATE_TMP_${tmp} ON ${assoc} (${id}, REG_TENANT_ID)
-- [association]
DELETE FROM ${assoc} x
 WHERE x.REG_VERSION IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM REG_RESOURCE r WHERE r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID)
--;
UPDATE ${assoc} x SET REG_PATH_ID = r.REG_PATH_ID, REG_RESOURCE_NAME = r.REG_NAME
  FROM REG_RESOURCE r
 WHERE r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
   AND (x.REG_PATH_ID IS DISTINCT FROM r.REG_PATH_ID OR x.REG_RESOURCE_NAME IS DISTINCT FROM r.REG_NAME)
--;
DELETE FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${assoc} x WHERE x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID)
-- [finish]
DROP INDEX IF EXISTS APIM_MIGRATE_TMP_${tmp}
