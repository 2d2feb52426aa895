-- The effect of the guide's reg-index.sql, MySQL / MariaDB: REG_LOG keeps
-- the newest row of each (REG_PATH, REG_TENANT_ID) unless it is a delete-resource row (REG_ACTION = 7). The guide's
-- NOT IN against an unindexed keep table is quadratic on MariaDB; this groups once and looks each survivor up by key.
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
-- the newest row of each path and tenant by its key (REG_LOG_ID, REG_TENANT_ID), found by one GROUP BY that carries
-- only the path and the key, then the whole row by that key: a window over whole rows sorted every column of every
-- row (a third slower at 200,000 rows, its work table spilling to disk)
INSERT INTO ${build}_A (REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, REG_ACTION_DATA, REG_TENANT_ID)
SELECT l.REG_LOG_ID, l.REG_PATH, l.REG_USER_ID, l.REG_LOGGED_TIME, l.REG_ACTION, l.REG_ACTION_DATA, l.REG_TENANT_ID
  FROM (SELECT MAX(REG_LOG_ID) AS REG_LOG_ID, REG_TENANT_ID FROM REG_LOG GROUP BY REG_PATH, REG_TENANT_ID) s
  JOIN REG_LOG l ON l.REG_LOG_ID = s.REG_LOG_ID AND l.REG_TENANT_ID = s.REG_TENANT_ID
 WHERE l.REG_ACTION <> 7
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
