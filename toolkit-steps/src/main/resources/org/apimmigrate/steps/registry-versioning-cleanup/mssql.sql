-- Registry versioning clean-up, SQL Server (T-SQL). Only version-linked rows are touched; rows written without
-- versioning keep every byte. Here those carry REG_VERSION NULL or 0 (REG_RESOURCE_TAG and REG_RESOURCE_COMMENT
-- declare DEFAULT 0, and the registry leaves the column out when versioning is off); no real version is 0, since
-- REG_RESOURCE.REG_VERSION is an IDENTITY(1,1). Joins use the full key (REG_VERSION, REG_TENANT_ID).
-- The step runs in one transaction here (DDL is transactional), so a crash anywhere rolls everything back.
--
-- Two ways per association table, chosen by the share of its rows that go:
-- * [build] + [swap] when most go: the surviving association rows are written once (SELECT INTO, minimally logged
--   where the recovery model allows) and sealed by sp_rename; the association table, which no foreign key references,
--   is emptied with TRUNCATE (the table itself stays, with its grants, indexes, constraints and triggers) and refilled
--   in one INSERT whose foreign-key checks the plan does as one join. The value table is referenced by the association
--   table's foreign key, which SQL Server never lets TRUNCATE pass, so its unreferenced rows go in one set-based
--   DELETE, run while the association table is empty and the foreign-key check on each deleted row costs nothing.
-- * [inPlace] when few go: set-based DELETEs and one UPDATE ... FROM.
-- Slots: assoc, value, id, keep, build.
-- [build]
SELECT x.${id}, x.REG_VERSION, r.REG_PATH_ID, r.REG_NAME AS REG_RESOURCE_NAME, x.REG_TENANT_ID
  INTO ${build}_A
  FROM ${assoc} x
  JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
UNION ALL
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${assoc}
 WHERE REG_VERSION IS NULL OR REG_VERSION = 0
--;
EXEC sp_rename '${build}_A', '${keep}_A'
-- [swap]
TRUNCATE TABLE ${assoc}
--;
DELETE v FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${keep}_A a WHERE a.${id} = v.REG_ID AND a.REG_TENANT_ID = v.REG_TENANT_ID)
--;
INSERT INTO ${assoc} WITH (TABLOCK) (${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID)
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${keep}_A
--;
DROP TABLE ${keep}_A
-- [inPlace]
DELETE x FROM ${assoc} x
 WHERE x.REG_VERSION <> 0
   AND NOT EXISTS (SELECT 1 FROM REG_RESOURCE r WHERE r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID)
--;
UPDATE x SET x.REG_PATH_ID = r.REG_PATH_ID, x.REG_RESOURCE_NAME = r.REG_NAME
  FROM ${assoc} x
  JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
 WHERE x.REG_PATH_ID IS NULL OR x.REG_PATH_ID <> r.REG_PATH_ID
    OR (x.REG_RESOURCE_NAME IS NULL AND r.REG_NAME IS NOT NULL)
    OR (x.REG_RESOURCE_NAME IS NOT NULL AND r.REG_NAME IS NULL)
    OR x.REG_RESOURCE_NAME <> r.REG_NAME
--;
DELETE v FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${assoc} x WHERE x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID)
