-- Registry versioning clean-up, MySQL / MariaDB. Only version-linked rows (REG_VERSION set) are touched; rows
-- written without versioning keep every byte. Joins use the full key of REG_RESOURCE, (REG_VERSION, REG_TENANT_ID).
--
-- Two ways per association table, chosen by the share of its rows that go:
-- * [build] + [swap] when most go. Every DDL statement commits on its own here, so each state in between is
--   one a re-run can finish from: [build] writes the survivors into ${build}_* tables, and one atomic RENAME seals
--   them as ${keep}_*. While ${keep}_A exists, the step resumes with [swap]: it empties the association and value
--   tables (TRUNCATE keeps the tables themselves, and so every grant, index, foreign key and trigger) and refills
--   them from the sealed copies, which a re-run may repeat any number of times. AUTO_INCREMENT, which TRUNCATE
--   resets, is put back to the value saved in ${keep}_N (read fresh: MySQL 8 caches information_schema's
--   AUTO_INCREMENT unless information_schema_stats_expiry is 0, so the session sets it there, and never below
--   the largest id plus one). ${keep}_A is dropped last but one: from then on the work
--   is done, and the next run drops what is left.
-- * [inPlace] when few go: set-based deletes and one UPDATE JOIN, each a no-op when run again.
-- Managed services: every work table has a primary key (sql_require_primary_key, innodb_force_primary_key, Galera)
-- and is created empty, then filled by INSERT ... SELECT (CREATE TABLE ... SELECT breaks GTID consistency before
-- MySQL 8.0.21). The association copy gets a row number as its key: association rows have no key of their own.
-- Its name column holds any character set, so a round trip through it keeps every byte of the real column.
-- Speed: each INSERT fills an empty table with unique and foreign-key checks off, which MariaDB (10.6 and later)
-- loads in bulk, building each index once from sorted rows instead of row by row. The rows are the survivors of
-- unique keys and checked foreign keys, so nothing is loaded that the checks would refuse.
-- Slots: assoc, value, id, keep, build.
-- [connections]
-- Two connections clean two pairs at once, each taking the next pair as it finishes one: the pairs share no table
-- they change, every statement commits on its own (so each pair resumes on its own), and the engine runs a statement
-- on one core. The smaller pairs are done while REG_RESOURCE_PROPERTY's runs.
2
-- [build]
SET unique_checks = 0, foreign_key_checks = 0
--;
CREATE TABLE ${build}_A (
  APIM_MIGRATE_ROW BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ${id} INT NOT NULL,
  REG_VERSION INT,
  REG_PATH_ID INT,
  REG_RESOURCE_NAME VARCHAR(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
  REG_TENANT_ID INT
) ENGINE=InnoDB
--;
INSERT INTO ${build}_A (${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID)
SELECT x.${id}, x.REG_VERSION, r.REG_PATH_ID, r.REG_NAME, x.REG_TENANT_ID
  FROM ${assoc} x
  JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
UNION ALL
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${assoc} WHERE REG_VERSION IS NULL
--;
CREATE TABLE ${build}_V LIKE ${value}
--;
INSERT INTO ${build}_V
SELECT v.* FROM ${value} v WHERE (v.REG_ID, v.REG_TENANT_ID) IN (SELECT ${id}, REG_TENANT_ID FROM ${build}_A)
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
SELECT GREATEST(COALESCE(MAX(t.AUTO_INCREMENT), 1), (SELECT COALESCE(MAX(REG_ID), 0) + 1 FROM ${value}))
  FROM information_schema.TABLES t
 WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = '${value}'
--;
SET unique_checks = 1, foreign_key_checks = 1
--;
RENAME TABLE ${build}_A TO ${keep}_A, ${build}_V TO ${keep}_V, ${build}_N TO ${keep}_N
-- [swap]
SET unique_checks = 0, foreign_key_checks = 0
--;
TRUNCATE TABLE ${assoc}
--;
TRUNCATE TABLE ${value}
--;
INSERT INTO ${value} SELECT * FROM ${keep}_V
--;
INSERT INTO ${assoc} (${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID)
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${keep}_A
--;
SET unique_checks = 1, foreign_key_checks = 1
--;
SET @apim_migrate_sql = (SELECT CONCAT('ALTER TABLE ${value} AUTO_INCREMENT = ', COALESCE(MAX(NEXT_ID), 1)) FROM ${keep}_N)
--;
PREPARE apim_migrate_stmt FROM @apim_migrate_sql
--;
EXECUTE apim_migrate_stmt
--;
DROP TABLE ${keep}_A
--;
DROP TABLE ${keep}_V
--;
DROP TABLE ${keep}_N
-- [inPlace]
DELETE x FROM ${assoc} x
  LEFT JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
 WHERE x.REG_VERSION IS NOT NULL AND r.REG_VERSION IS NULL
--;
UPDATE ${assoc} x
  JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
   SET x.REG_PATH_ID = r.REG_PATH_ID, x.REG_RESOURCE_NAME = r.REG_NAME
 WHERE NOT (x.REG_PATH_ID <=> r.REG_PATH_ID AND x.REG_RESOURCE_NAME <=> r.REG_NAME)
--;
DELETE v FROM ${value} v
  LEFT JOIN ${assoc} x ON x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID
 WHERE x.${id} IS NULL
