-- Registry versioning clean-up, H2. Only version-linked rows (REG_VERSION set) are touched; rows written without
-- versioning keep every byte. H2 indexes foreign-key columns itself.
-- [association]
DELETE FROM ${assoc} x
 WHERE x.REG_VERSION IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM REG_RESOURCE r WHERE r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID)
--;
MERGE INTO ${assoc} x
USING REG_RESOURCE r ON (r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID)
 WHEN MATCHED AND (x.REG_PATH_ID IS DISTINCT FROM r.REG_PATH_ID OR x.REG_RESOURCE_NAME IS DISTINCT FROM r.REG_NAME)
 THEN UPDATE SET REG_PATH_ID = r.REG_PATH_ID, REG_RESOURCE_NAME = r.REG_NAME
--;
DELETE FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${assoc} x WHERE x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID)
