-- Plain SQL every vendor runs alike. Each query counts the rows that break one invariant of a registry API-M 4.0.0
-- reads with versioning off. Slots name an association table (${assoc}), the value table it points at (${value})
-- and the column that points (${id}).
-- [association-without-path]
SELECT COUNT(*) FROM ${assoc} WHERE REG_PATH_ID IS NULL
-- [orphan-values]
SELECT COUNT(*) FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${assoc} x WHERE x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID)
-- [log-duplicates]
-- GROUP BY makes NULL paths one group per tenant, as reg-index.sql does.
SELECT COUNT(*) FROM (SELECT REG_PATH, REG_TENANT_ID FROM REG_LOG
                       GROUP BY REG_PATH, REG_TENANT_ID HAVING COUNT(*) > 1) d
-- [log-deletes]
SELECT COUNT(*) FROM REG_LOG WHERE REG_ACTION = 7
