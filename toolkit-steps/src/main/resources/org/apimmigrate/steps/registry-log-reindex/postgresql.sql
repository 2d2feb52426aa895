-- The effect of the guide's reg-index.sql, PostgreSQL: REG_LOG keeps the newest row of each (REG_PATH, REG_TENANT_ID)
-- (NULL paths form one group per tenant, as GROUP BY makes them) unless it is a delete-resource row (REG_ACTION = 7).
-- Nearly every row goes, so the survivors are written once into a temporary table and REG_LOG is emptied and
-- refilled: TRUNCATE keeps the table itself with its grants, indexes and sequence. One transaction, so a crash
-- anywhere rolls back. A second run keeps every row.
-- Slots: keep.
-- [build]
CREATE TEMPORARY TABLE ${keep}_A AS
SELECT REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID
  FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY REG_PATH, REG_TENANT_ID ORDER BY REG_LOG_ID DESC) AS RN
          FROM REG_LOG l) s
 WHERE RN = 1 AND REG_ACTION <> 7
-- [swap]
TRUNCATE REG_LOG
--;
INSERT INTO REG_LOG (REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID)
SELECT REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID FROM ${keep}_A
--;
DROP TABLE ${keep}_A
