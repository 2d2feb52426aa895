-- Plain SQL every vendor runs alike: what WSO2's migration client reads from the registry and writes to AM_API
-- (MigrateUUIDToDB.moveUUIDToDBFromRegistry, FACTS 5.1).
-- [artifacts]
SELECT r.REG_TENANT_ID AS TENANT_ID, p.REG_PATH_VALUE AS COLLECTION, r.REG_UUID AS REG_UUID,
       r.REG_VERSION AS REG_VERSION, r.REG_PATH_ID AS PATH_ID, r.REG_CONTENT_ID AS CONTENT_ID
  FROM REG_RESOURCE r
  JOIN REG_PATH p ON p.REG_PATH_ID = r.REG_PATH_ID AND p.REG_TENANT_ID = r.REG_TENANT_ID
 WHERE r.REG_NAME = 'api'
   AND p.REG_PATH_VALUE LIKE '/_system/governance/apimgt/applicationdata/provider/%'
 ORDER BY r.REG_TENANT_ID, p.REG_PATH_VALUE
-- [lifecycleState]
SELECT pr.REG_VALUE FROM REG_PROPERTY pr
  JOIN REG_RESOURCE_PROPERTY rp ON rp.REG_PROPERTY_ID = pr.REG_ID AND rp.REG_TENANT_ID = pr.REG_TENANT_ID
 WHERE rp.REG_TENANT_ID = :tenant
   AND ((rp.REG_PATH_ID = :pathId AND rp.REG_RESOURCE_NAME = 'api') OR rp.REG_VERSION = :version)
   AND pr.REG_NAME LIKE 'registry.lifecycle.%.state'
-- [content]
SELECT REG_CONTENT_DATA FROM REG_CONTENT WHERE REG_CONTENT_ID = :contentId AND REG_TENANT_ID = :tenant
-- [apis]
SELECT API_PROVIDER, API_NAME, API_VERSION, API_UUID, STATUS FROM AM_API
-- [assign]
UPDATE AM_API SET API_UUID = :uuid, STATUS = COALESCE(STATUS, :status)
 WHERE API_PROVIDER = :provider AND API_NAME = :name AND API_VERSION = :version AND API_UUID IS NULL
-- [fix-duplicate]
UPDATE AM_API SET API_UUID = :uuid
 WHERE API_PROVIDER = :provider AND API_NAME = :name AND API_VERSION = :version AND API_UUID = :current
