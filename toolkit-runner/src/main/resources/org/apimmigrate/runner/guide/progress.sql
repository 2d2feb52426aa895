-- Plain SQL every vendor runs alike; the checklist only reads.
-- [apisWithoutUuid]
SELECT COUNT(*) FROM AM_API WHERE API_UUID IS NULL
-- [tenants]
SELECT COUNT(*) FROM UM_TENANT
-- [registryResources]
SELECT COUNT(*) FROM REG_RESOURCE
