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
-- Slots: assoc, value, id, keep, build.
-- [build]
CREATE TABLE ${build}_A ENGINE=InnoDB AS
SELECT x.${id}, x.REG_VERSION, r.REG_PATH_ID, r.REG_NAME AS REG_RESOURCE_NAME, x.REG_TENANT_ID
  FROM ${assoc} x
  JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
UNION ALL
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${assoc} WHERE REG_VERSION IS NULL
--;
CREATE TABLE ${build}_V ENGINE=InnoDB AS
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
CREATE TABLE ${build}_N ENGINE=InnoDB AS
SELECT GREATEST(COALESCE(t.AUTO_INCREMENT, 1), (SELECT COALESCE(MAX(REG_ID), 0) + 1 FROM ${value})) AS NEXT_ID
  FROM information_schema.TABLES t
 WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = '${value}'
--;
RENAME TABLE ${build}_A TO ${keep}_A, ${build}_V TO ${keep}_V, ${build}_N TO ${keep}_N
-- [swap]
SET foreign_key_checks = 0
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
SET foreign_key_checks = 1
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
