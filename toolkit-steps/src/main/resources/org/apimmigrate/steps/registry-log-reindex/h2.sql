-- The effect of the guide's reg-index.sql in one pass, H2: keep the newest REG_LOG row of each
-- (REG_PATH, REG_TENANT_ID) and drop every delete-resource row (REG_ACTION = 7). H2 evaluates the uncorrelated
-- IN list once, as a hashed set; a correlated form would re-run the grouping for every row.
-- [inPlace]
DELETE FROM REG_LOG
 WHERE REG_ACTION = 7
    OR (REG_LOG_ID, REG_TENANT_ID) NOT IN (SELECT MAX(REG_LOG_ID), REG_TENANT_ID FROM REG_LOG GROUP BY REG_PATH, REG_TENANT_ID)
