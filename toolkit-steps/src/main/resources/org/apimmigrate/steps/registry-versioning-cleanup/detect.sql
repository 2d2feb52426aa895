-- Plain SQL every vendor runs alike.
-- Does the registry hold version-linked association rows?
-- [versionedRows]
SELECT COUNT(*) FROM ${assoc} WHERE REG_VERSION IS NOT NULL
-- How many association rows belong to a current version (they stay)? Driven from REG_RESOURCE into the
-- association table's (REG_VERSION, REG_TENANT_ID) index, so it costs one probe per resource, not a table scan.
-- [currentRows]
SELECT COUNT(*) FROM REG_RESOURCE r
  JOIN ${assoc} x ON x.REG_VERSION = r.REG_VERSION AND x.REG_TENANT_ID = r.REG_TENANT_ID
-- [allRows]
SELECT COUNT(*) FROM ${assoc}
