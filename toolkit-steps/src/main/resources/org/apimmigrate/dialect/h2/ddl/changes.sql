-- H2 statements for schema changes (see ChangeRenderer for keys and slots), as H2 1.4.199 (API-M's H2) runs them.
-- A key H2 named itself is looked up by its definition before the plan runs (catalog/generated-name.sql); the
-- .generated sections serve where it is not (an offline plan): a primary key is dropped as the table's, the other
-- statements name the key by definition and fail if run as they are.
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
ALTER TABLE ${table} ALTER COLUMN ${from} RENAME TO ${to}
-- [alterColumn.type]
ALTER TABLE ${table} ALTER COLUMN ${column} SET DATA TYPE ${type}
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
-- [dropConstraint.PK.generated]
ALTER TABLE ${table} DROP PRIMARY KEY
-- [dropConstraint.generated]
ALTER TABLE ${table} DROP CONSTRAINT "${kind} (${columnNames}), named by H2: looked up when the plan runs"
-- [dropIndex]
DROP INDEX ${name}
-- [dropTrigger]
DROP TRIGGER ${name}
