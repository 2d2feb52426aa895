-- H2 1.4.199 carries out ALTER TABLE ADD COLUMN, DROP COLUMN and SET DATA TYPE (bar an identical type) as: create
-- <T>_COPY_<session>_<n> with the new columns (committed), copy the rows (committed), add its indexes, drop <T>
-- (committed), rename the copy to <T> and its objects named <T>_COPY_<session>_<n>_<name> to <name> (committed with
-- the statement). A process killed inside it, or within H2's write delay after it, leaves one of the committed states.
-- [copyTables]
select TABLE_NAME
  from INFORMATION_SCHEMA.TABLES
 where TABLE_SCHEMA = SCHEMA() and TABLE_TYPE = 'TABLE' and regexp_like(TABLE_NAME, '^.+_COPY_[0-9]+_[0-9]+$')
-- [rowCount]
select count(*) from ${table}
-- [prefixedConstraints]
select TABLE_NAME, CONSTRAINT_NAME
  from INFORMATION_SCHEMA.CONSTRAINTS
 where TABLE_SCHEMA = SCHEMA() and left(CONSTRAINT_NAME, length(:prefix)) = :prefix
-- [prefixedIndexes]
select distinct INDEX_NAME
  from INFORMATION_SCHEMA.INDEXES
 where TABLE_SCHEMA = SCHEMA() and IS_GENERATED = FALSE and left(INDEX_NAME, length(:prefix)) = :prefix
-- [dropCopy]
DROP TABLE ${copy} CASCADE
-- [renameCopy]
ALTER TABLE ${copy} RENAME TO ${table}
-- [renameConstraint]
ALTER TABLE ${table} RENAME CONSTRAINT ${from} TO ${to}
-- [renameIndex]
ALTER INDEX ${from} RENAME TO ${to}
