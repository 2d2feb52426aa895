-- The effect of the guide's reg-index.sql in one pass, PostgreSQL: keep the newest REG_LOG row of each
-- (REG_PATH, REG_TENANT_ID) (NULL paths form one group per tenant, as GROUP BY makes them) and drop every
-- delete-resource row (REG_ACTION = 7). A second run finds nothing to delete.
-- [reindex]
DELETE FROM REG_LOG l USING (
  SELECT REG_LOG_ID, REG_TENANT_ID FROM (
    SELECT REG_LOG_ID, REG_TENANT_ID, REG_ACTION,
           ROW_NUMBER() OVER (PARTITION BY REG_PATH, REG_TENANT_ID ORDER BY REG_LOG_ID DESC) AS RN
      FROM REG_LOG) s
   WHERE RN > 1 OR REG_ACTION = 7) d
 WHERE l.REG_LOG_ID = d.REG_LOG_ID AND l.REG_TENANT_ID = d.REG_TENANT_ID
