-- The one-pass bound, PostgreSQL: one CREATE TABLE AS per table writing only its surviving rows (no deletes, no
-- index maintenance, no constraint checks). What no clean-up that keeps the real tables can beat.
-- [cleanup]
CREATE TABLE BENCH_BOUND_${tmp}_A AS
SELECT x.${id}, x.REG_VERSION, r.REG_PATH_ID, r.REG_NAME AS REG_RESOURCE_NAME, x.REG_TENANT_ID
  FROM ${assoc} x JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
UNION ALL
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${assoc} WHERE REG_VERSION IS NULL
--;
-- a new table has no statistics until autovacuum comes by: without them the planner probes the value table once per
-- survivor instead of hashing, the plan the toolkit avoids by the same ANALYZE (so the bound stays a bound)
ANALYZE BENCH_BOUND_${tmp}_A
--;
CREATE TABLE BENCH_BOUND_${tmp}_V AS
SELECT v.* FROM ${value} v
 WHERE EXISTS (SELECT 1 FROM BENCH_BOUND_${tmp}_A a WHERE a.${id} = v.REG_ID AND a.REG_TENANT_ID = v.REG_TENANT_ID)
-- [toolkit's session]
-- the memory the toolkit's clean-up gives its joins (registry-versioning-cleanup/postgresql.sql), for the bound taken
-- with it too: at the server's default the value table's semi join spills to disk here as it does there
SET work_mem = '16MB'
-- [reindex]
CREATE TABLE BENCH_BOUND_LOG AS
SELECT REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID
  FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY REG_PATH, REG_TENANT_ID ORDER BY REG_LOG_ID DESC) AS RN
          FROM REG_LOG l) s
 WHERE RN = 1 AND REG_ACTION <> 7
