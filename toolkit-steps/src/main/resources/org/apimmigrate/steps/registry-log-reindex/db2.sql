-- The effect of the guide's reg-index.sql in one pass, DB2: keep the newest REG_LOG row of each
-- (REG_PATH, REG_TENANT_ID) and drop every delete-resource row (REG_ACTION = 7). In place: REG_LOG_ID comes from a
-- trigger and sequence, which a refill would renumber. The uncorrelated multi-column NOT IN is evaluated once
-- (neither column is nullable). A second run finds nothing to delete.
-- [inPlace]
DELETE FROM REG_LOG
 WHERE REG_ACTION = 7
    OR (REG_LOG_ID, REG_TENANT_ID) NOT IN (SELECT MAX(REG_LOG_ID), REG_TENANT_ID FROM REG_LOG GROUP BY REG_PATH, REG_TENANT_ID)
