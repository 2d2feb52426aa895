-- MySQL / MariaDB statements for schema changes (see ChangeRenderer for keys and slots).
-- MySQL restates a whole column to change it, and names keys by their index.
-- [dropTable]
DROP TABLE ${table}
-- [emptyTable]
DELETE FROM ${table}
-- [addColumn]
ALTER TABLE ${table} ADD COLUMN ${definition}
-- [dropColumn]
ALTER TABLE ${table} DROP COLUMN ${column}
-- [renameColumn]
ALTER TABLE ${table} CHANGE ${from} ${definition}
-- [alterColumn]
ALTER TABLE ${table} MODIFY ${definition}
-- [addConstraint]
ALTER TABLE ${table} ADD ${constraint}
-- [dropConstraint.PK]
ALTER TABLE ${table} DROP PRIMARY KEY
-- [dropConstraint.UNIQUE]
ALTER TABLE ${table} DROP INDEX ${name}
-- [dropConstraint.FK]
ALTER TABLE ${table} DROP FOREIGN KEY ${name}
-- [dropConstraint]
ALTER TABLE ${table} DROP CONSTRAINT ${name}
-- [dropIndex]
DROP INDEX ${name} ON ${table}
-- [dropTrigger]
DROP TRIGGER ${name}
