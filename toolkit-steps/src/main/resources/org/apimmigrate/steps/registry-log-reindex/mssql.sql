-- The effect of the guide's reg-index.sql in one pass, SQL Server (T-SQL): keep the newest REG_LOG row of each
-- (REG_PATH, REG_TENANT_ID) and drop every delete-resource row (REG_ACTION = 7). In place: REG_LOG_ID is an IDENTITY,
-- which a refill would have to reinsert with IDENTITY_INSERT and reseed. The guide's NOT IN against an unindexed
-- keep table becomes one join against the numbered rows. A second run finds nothing to delete.
-- [inPlace]
DELETE l FROM REG_LOG l
  JOIN (SELECT REG_LOG_ID, REG_TENANT_ID, REG_ACTION,
               ROW_NUMBER() OVER (PARTITION BY REG_PATH, REG_TENANT_ID ORDER BY REG_LOG_ID DESC) AS RN
          FROM REG_LOG) s
    ON s.REG_LOG_ID = l.REG_LOG_ID AND s.REG_TENANT_ID = l.REG_TENANT_ID
 WHERE s.RN > 1 OR s.REG_ACTION = 7
