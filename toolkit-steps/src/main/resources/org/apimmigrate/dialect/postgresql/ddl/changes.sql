-- PostgreSQL statements for schema changes (see ChangeRenderer for keys and slots).
-- [dropSequence]
DROP SEQUENCE ${name}
-- [dropTable]
DROP TABLE ${table}
-- [emptyTable]
DELETE FROM ${table}
-- [addColumn]
ALTER TABLE ${table} ADD COLUMN ${definition}
-- [dropColumn]
ALTER TABLE ${table} DROP COLUMN ${column}
-- [renameColumn]
ALTER TABLE ${table} RENAME COLUMN ${from} TO ${to}
-- [alterColumn.type]
ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${type}
-- [alterColumn.setNotNull]
ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL
-- [alterColumn.dropNotNull]
ALTER TABLE ${table} ALTER COLUMN ${column} DROP NOT NULL
-- [alterColumn.setDefault]
ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT ${default}
-- [alterColumn.dropDefault]
ALTER TABLE ${table} ALTER COLUMN ${column} DROP DEFAULT
-- [addConstraint]
ALTER TABLE ${table} ADD ${constraint}
-- [dropConstraint]
ALTER TABLE ${table} DROP CONSTRAINT ${name}
-- [dropIndex]
DROP INDEX ${name}
-- [dropTrigger]
DROP TRIGGER ${name} ON ${table}
