-- Registry versioning clean-up, MySQL / MariaDB. Only version-linked rows (REG_VERSION set) are touched; rows
-- written without versioning keep every byte. InnoDB already indexes the foreign-key columns the anti-joins use.
-- [association]
DELETE x FROM ${assoc} x
  LEFT JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
 WHERE x.REG_VERSION IS NOT NULL AND r.REG_VERSION IS NULL
--;
UPDATE ${assoc} x
  JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
   SET x.REG_PATH_ID = r.REG_PATH_ID, x.REG_RESOURCE_NAME = r.REG_NAME
 WHERE NOT (x.REG_PATH_ID <=> r.REG_PATH_ID AND x.REG_RESOURCE_NAME <=> r.REG_NAME)
--;
DELETE v FROM ${value} v
  LEFT JOIN ${assoc} x ON x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID
 WHERE x.${id} IS NULL
