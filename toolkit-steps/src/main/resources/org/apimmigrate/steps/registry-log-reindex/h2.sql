-- The effect of the guide's reg-index.sql in one pass, H2: keep the newest REG_LOG row of each
-- (REG_PATH, REG_TENANT_ID) and drop every delete-resource row (REG_ACTION = 7).
-- [reindex]
DELETE FROM REG_LOG l WHERE EXISTS (
  SELECT 1 FROM (
    SELECT REG_LOG_ID, REG_TENANT_ID, REG_ACTION,
           ROW_NUMBER() OVER (PARTITION BY REG_PATH, REG_TENANT_ID ORDER BY REG_LOG_ID DESC) AS RN
      FROM REG_LOG) s
   WHERE (s.RN > 1 OR s.REG_ACTION = 7) AND s.REG_LOG_ID = l.REG_LOG_ID AND s.REG_TENANT_ID = l.REG_TENANT_ID)
