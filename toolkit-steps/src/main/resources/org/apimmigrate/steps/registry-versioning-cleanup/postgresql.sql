-- Registry versioning clean-up, PostgreSQL. Only version-linked rows (REG_VERSION set) are touched; rows written
-- without versioning keep every byte. Joins use the full key of REG_RESOURCE, (REG_VERSION, REG_TENANT_ID).
-- Each pair (association and value table) is cleaned in a transaction of its own (DDL is transactional), so a crash
-- anywhere rolls that pair back; a pair already done stays done, and a re-run finds nothing left to remove there.
--
-- Two ways per association table, chosen by the share of its rows that go:
-- * [build] + [swap] when most go: the surviving rows are written once into work tables, the association and
--   value tables are emptied (TRUNCATE keeps the tables themselves, and so every grant, constraint and trigger) and
--   refilled. The association table's foreign keys and indexes, and the value table's primary key where nothing else
--   relies on it, are taken off for the refill and put back from their own catalog definitions (same names and
--   definitions), so keys are checked once as a set and indexes built once (a sort) instead of row by row.
-- * [prepare] + [inPlace] + [finish] when few go: set-based deletes and one UPDATE ... FROM.
-- Slots: assoc, value, id, keep (work tables ${keep}_A, ${keep}_V, ${keep}_F, ${keep}_I, ${keep}_P).
-- [connections]
-- Two connections clean two pairs at once, each taking the next pair as it finishes one: the pairs share no table they
-- change, and the refills and key checks run on one core each. The pairs' foreign keys all refer to REG_PATH, whose
-- lock one pair's transaction holds from taking its key to REG_PATH off (after its value table is refilled) to its
-- commit: the other waits there, never both.
2
-- [build]
-- Memory for the joins below, for the rest of the pair's transaction. At the default (4MB, twice that for a hash) the
-- value table's semi join spills its hash in batches to disk, and writes and reads back the whole value table (200 MB
-- at 2,625,000 property rows); at 16MB the hash of 625,000 kept keys fits in memory shared by the parallel workers,
-- about 40 % less time. No higher: with room for the hash in one process the planner gives up the parallel plan.
SET LOCAL work_mem = '16MB'
--;
-- The association survivors go to an unlogged table, not a temporary one: a query that reads a temporary table runs on
-- one core, and the value table's survivors are found by a join of the two that PostgreSQL otherwise shares among
-- its parallel workers (about 40 % faster at millions of rows). Created and dropped inside the pair's transaction, no
-- other session ever sees it and a crash leaves nothing behind.
CREATE UNLOGGED TABLE ${keep}_A AS
SELECT x.${id}, x.REG_VERSION, r.REG_PATH_ID, r.REG_NAME AS REG_RESOURCE_NAME, x.REG_TENANT_ID
  FROM ${assoc} x
  JOIN REG_RESOURCE r ON r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
UNION ALL
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${assoc} WHERE REG_VERSION IS NULL
--;
-- autovacuum cannot see a table of an open transaction: without statistics the planner takes the copy for a few rows
-- and probes the value table's key once per survivor, about three times slower than the hash join it picks with them
ANALYZE ${keep}_A
--;
CREATE TEMPORARY TABLE ${keep}_V AS
SELECT v.* FROM ${value} v
 WHERE EXISTS (SELECT 1 FROM ${keep}_A a WHERE a.${id} = v.REG_ID AND a.REG_TENANT_ID = v.REG_TENANT_ID)
-- [swap]
-- the association table's foreign keys; those to the value table come off first, the others (to REG_PATH) only once
-- the value table is refilled: dropping a key locks the table it refers to, and the other pair waits on REG_PATH
CREATE TEMPORARY TABLE ${keep}_F AS
SELECT conname AS name, pg_get_constraintdef(oid) AS definition, confrelid = '${value}'::regclass AS to_value
  FROM pg_constraint WHERE conrelid = '${assoc}'::regclass AND contype = 'f'
--;
-- the association table's own indexes (none backs a constraint: it has no key), built again once it is refilled
CREATE TEMPORARY TABLE ${keep}_I AS
SELECT n.nspname AS schema_name, c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE i.indrelid = '${assoc}'::regclass
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
--;
-- the value table's primary key, where no foreign key but the association table's relies on it and it is not the
-- index the table is clustered on
CREATE TEMPORARY TABLE ${keep}_P AS
SELECT k.conname AS name, pg_get_constraintdef(k.oid) AS definition
  FROM pg_constraint k JOIN pg_index i ON i.indexrelid = k.conindid
 WHERE k.conrelid = '${value}'::regclass AND k.contype = 'p' AND NOT i.indisclustered
   AND NOT EXISTS (SELECT 1 FROM pg_constraint f
                    WHERE f.confrelid = '${value}'::regclass AND f.conrelid <> '${assoc}'::regclass)
--;
-- the keys to the value table first: they need its primary key
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT name FROM ${keep}_F WHERE to_value LOOP
    EXECUTE format('ALTER TABLE ${assoc} DROP CONSTRAINT %I', c.name);
  END LOOP;
  FOR c IN SELECT schema_name, name FROM ${keep}_I LOOP
    EXECUTE format('DROP INDEX %I.%I', c.schema_name, c.name);
  END LOOP;
  FOR c IN SELECT name FROM ${keep}_P LOOP
    EXECUTE format('ALTER TABLE ${value} DROP CONSTRAINT %I', c.name);
  END LOOP;
END $$
--;
TRUNCATE ${assoc}, ${value}
--;
INSERT INTO ${value} SELECT * FROM ${keep}_V
--;
-- each key and index built once from the refilled rows (a sort), which costs about half of maintaining it row by row;
-- the value table's first, then the association table's other keys come off for its refill
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT name, definition FROM ${keep}_P LOOP
    EXECUTE format('ALTER TABLE ${value} ADD CONSTRAINT %I %s', c.name, c.definition);
  END LOOP;
  FOR c IN SELECT name FROM ${keep}_F WHERE NOT to_value LOOP
    EXECUTE format('ALTER TABLE ${assoc} DROP CONSTRAINT %I', c.name);
  END LOOP;
END $$
--;
INSERT INTO ${assoc} (${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID)
SELECT ${id}, REG_VERSION, REG_PATH_ID, REG_RESOURCE_NAME, REG_TENANT_ID FROM ${keep}_A
--;
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT definition FROM ${keep}_I ORDER BY name LOOP
    EXECUTE c.definition;
  END LOOP;
  FOR c IN SELECT name, definition FROM ${keep}_F ORDER BY name LOOP
    EXECUTE format('ALTER TABLE ${assoc} ADD CONSTRAINT %I %s', c.name, c.definition);
  END LOOP;
END $$
--;
DROP TABLE ${keep}_A
--;
DROP TABLE ${keep}_V
--;
DROP TABLE ${keep}_F
--;
DROP TABLE ${keep}_I
--;
DROP TABLE ${keep}_P
-- [prepare]
-- PostgreSQL does not index foreign-key columns: without this, deleting each orphaned REG_PROPERTY/REG_TAG/...
-- row would scan the association table for its foreign-key check. Dropped again in [finish].
CREATE INDEX IF NOT EXISTS APIM_MIGRATE_TMP_${tmp} ON ${assoc} (${id}, REG_TENANT_ID)
-- [inPlace]
DELETE FROM ${assoc} x
 WHERE x.REG_VERSION IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM REG_RESOURCE r WHERE r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID)
--;
UPDATE ${assoc} x SET REG_PATH_ID = r.REG_PATH_ID, REG_RESOURCE_NAME = r.REG_NAME
  FROM REG_RESOURCE r
 WHERE r.REG_VERSION = x.REG_VERSION AND r.REG_TENANT_ID = x.REG_TENANT_ID
   AND (x.REG_PATH_ID IS DISTINCT FROM r.REG_PATH_ID OR x.REG_RESOURCE_NAME IS DISTINCT FROM r.REG_NAME)
--;
DELETE FROM ${value} v
 WHERE NOT EXISTS (SELECT 1 FROM ${assoc} x WHERE x.${id} = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID)
-- [finish]
DROP INDEX IF EXISTS APIM_MIGRATE_TMP_${tmp}
