-- The effect of the guide's reg-index.sql in one pass, MySQL / MariaDB (window functions: MySQL 8, MariaDB 10.2):
-- keep the newest REG_LOG row of each (REG_PATH, REG_TENANT_ID) and drop every delete-resource row (REG_ACTION = 7).
-- The guide's NOT IN against an unindexed keep table is quadratic on MariaDB; this join is not.
-- [reindex]
DELETE l FROM REG_LOG l JOIN (
  SELECT REG_LOG_ID, REG_TENANT_ID FROM (
    SELECT REG_LOG_ID, REG_TENANT_ID, REG_ACTION,
           ROW_NUMBER() OVER (PARTITION BY REG_PATH, REG_TENANT_ID ORDER BY REG_LOG_ID DESC) AS RN
      FROM REG_LOG) s
   WHERE RN > 1 OR REG_ACTION = 7) d
  ON l.REG_LOG_ID = d.REG_LOG_ID AND l.REG_TENANT_ID = d.REG_TENANT_ID
