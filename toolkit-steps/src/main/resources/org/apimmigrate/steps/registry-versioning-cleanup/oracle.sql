-- Registry versioning clean-up, Oracle, in plain SQL (no PL/SQL). Only version-linked rows (REG_VERSION set) are
-- touched; rows written without versioning keep every byte. Joins use the full key (REG_VERSION, REG_TENANT_ID).
--
-- Two ways per association table, chosen by the share of its rows that go:
-- * [build] + [swap] when most go. Every DDL statement commits on its own here, so each state in between is one a
--   re-run can finish from: [build] writes the surviving association rows once (CREATE TABLE AS, NOLOGGING) and one
--   RENAME seals them. While ${keep}_A exists, the step resumes with [swap], which may be repeated any number of
--   times: the association table, which no foreign key references, is emptied with TRUNCATE (the table stays, with
--   its grants, indexes, constraints and triggers) and refilled by one direct-path INSERT. The value tables are
--   referenced by enabled foreign keys, which TRUNCATE refuses (ORA-02266), and their ids come from BEFORE INSERT
--   triggers, which a refill would renumber; so their unreferenced rows go in one set-based DELETE, run while the
--   association table is empty and the foreign-key check on each deleted row costs nothing.
-- * [inPlace] when few go: set-based DELETEs and one MERGE.
-- Slots: assoc, value, id, keep, build.
-- [build]
CREATE TABLE ${build}_A NOLOGGING AS
SELECT x.${id}, x.REG_VERSION, r.REG_PATH_ID, r.REG_NAME AS REG_RESOURCE_NAME, x.REG_TENANT_ID
  FROM ${assoc} x
  JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
UNION ALL
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${assoc} WHERE REG_VERSION IS NULL
--;
ALTER TABLE ${build}_A RENAME TO ${keep}_A
-- [swap]
TRUNCATE TABLE ${assoc}
--;
DELETE FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${keep}_A a WHERE a.${id} = v.REG_ID AND a.REG_TENANT_ID = v.REG_TENANT_ID)
--;
INSERT /*+ APPEND */ INTO ${assoc} (${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID)
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${keep}_A
--;
DROP TABLE ${keep}_A
-- [inPlace]
DELETE FROM ${assoc} x
 WHERE x.REG_VERSION IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM REG_RESOURCE r WHERE r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID)
--;
MERGE INTO ${assoc} x
USING REG_RESOURCE r ON (r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID)
 WHEN MATCHED THEN UPDATE SET x.REG_PATH_ID = r.REG_PATH_ID, x.REG_RESOURCE_NAME = r.REG_NAME
  WHERE DECODE(x.REG_PATH_ID, r.REG_PATH_ID, 0, 1) = 1 OR DECODE(x.REG_RESOURCE_NAME, r.REG_NAME, 0, 1) = 1
--;
DELETE FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${assoc} x WHERE x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID)
