-- The effect of the guide's reg-index.sql, MySQL / MariaDB (window functions: MySQL 8, MariaDB 10.2): REG_LOG keeps
-- the newest row of each (REG_PATH, REG_TENANT_ID) unless it is a delete-resource row (REG_ACTION = 7). The guide's
-- NOT IN against an unindexed keep table is quadratic on MariaDB; this is one pass.
-- Nearly every row goes, so the survivors are written once into ${build}_A, sealed by one atomic RENAME as ${keep}_A,
-- and REG_LOG is emptied and refilled from it (TRUNCATE keeps the table with its grants, indexes and triggers;
-- AUTO_INCREMENT, which it resets, is put back from ${keep}_N, read with MySQL 8's
-- information_schema cache off for the session and never below the largest id plus one). Every DDL statement commits on its own, so while
-- ${keep}_A exists a re-run resumes with [swap], which may be repeated any number of times.
-- Managed services: the work tables have primary keys (${build}_A is made LIKE REG_LOG, whose key it keeps) and are
-- created empty, then filled by INSERT ... SELECT (no CREATE TABLE ... SELECT, which GTID consistency refuses before
-- MySQL 8.0.21). Each INSERT fills an empty table with unique and foreign-key checks off, which MariaDB loads in bulk.
-- Slots: keep, build.
-- [build]
SET unique_checks = 0, foreign_key_checks = 0
--;
CREATE TABLE ${build}_A LIKE REG_LOG
--;
INSERT INTO ${build}_A (REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID)
SELECT REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID
  FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY REG_PATH, REG_TENANT_ID ORDER BY REG_LOG_ID DESC) AS RN
          FROM REG_LOG l) s
 WHERE RN = 1 AND REG_ACTION <> 7
--;
SET @apim_migrate_sql = IF(@@version NOT LIKE '%MariaDB%'
                              AND CAST(SUBSTRING_INDEX(@@version, '.', 1) AS UNSIGNED) >= 8,
                              'SET SESSION information_schema_stats_expiry = 0', 'DO 0')
--;
PREPARE apim_migrate_stmt FROM @apim_migrate_sql
--;
EXECUTE apim_migrate_stmt
--;
CREATE TABLE ${build}_N (NEXT_ID BIGINT NOT NULL PRIMARY KEY) ENGINE=InnoDB
--;
-- MySQL 8 caches information_schema.TABLES.AUTO_INCREMENT: the highest id in use bounds it from below
INSERT INTO ${build}_N
SELECT GREATEST(COALESCE(MAX(t.AUTO_INCREMENT), 1), (SELECT COALESCE(MAX(REG_LOG_ID), 0) + 1 FROM REG_LOG))
  FROM information_schema.TABLES t
 WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = 'REG_LOG'
--;
SET unique_checks = 1, foreign_key_checks = 1
--;
RENAME TABLE ${build}_A TO ${keep}_A, ${build}_N TO ${keep}_N
-- [swap]
SET unique_checks = 0, foreign_key_checks = 0
--;
TRUNCATE TABLE REG_LOG
--;
INSERT INTO REG_LOG (REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID)
SELECT REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID FROM ${keep}_A
--;
SET unique_checks = 1, foreign_key_checks = 1
--;
SET @apim_migrate_sql = (SELECT CONCAT('ALTER TABLE REG_LOG AUTO_INCREMENT = ', COALESCE(MAX(NEXT_ID), 1)) FROM ${keep}_N)
--;
PREPARE apim_migrate_stmt FROM @apim_migrate_sql
--;
EXECUTE apim_migrate_stmt
--;
DROP TABLE ${keep}_A
--;
DROP TABLE ${keep}_N
