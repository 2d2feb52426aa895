-- DB2 statements for schema changes (see ChangeRenderer for keys and slots).
-- Dropping a column and changing a column's nullability or (other than by widening) its type leave the table
-- reorg-pending (SQL0668N reason 7): those sections reorganize it at once through SYSPROC.ADMIN_CMD. A key DB2
-- named itself (SQL...) is dropped as the table's PRIMARY KEY, or looked up in SYSCAT by a compound statement
-- (BEGIN ... END, one statement).
-- [dropSequence]
DROP SEQUENCE ${name}
-- [dropTable]
DROP TABLE ${table}
-- [emptyTable]
DELETE FROM ${table}
-- [addColumn]
ALTER TABLE ${table} ADD COLUMN ${definition}
-- [addColumn.notNullWithoutDefault]
-- DB2 adds no NOT NULL column without a default (SQL0193N), not even to an empty table: it is added nullable first
ALTER TABLE ${table} ADD COLUMN ${column} ${type}
--;
ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL
--;
CALL SYSPROC.ADMIN_CMD('REORG TABLE "' || CURRENT SCHEMA || '".${table}')
-- [dropColumn]
ALTER TABLE ${table} DROP COLUMN ${column}
--;
CALL SYSPROC.ADMIN_CMD('REORG TABLE "' || CURRENT SCHEMA || '".${table}')
-- [renameColumn]
ALTER TABLE ${table} RENAME COLUMN ${from} TO ${to}
-- [alterColumn.type]
ALTER TABLE ${table} ALTER COLUMN ${column} SET DATA TYPE ${type}
--;
CALL SYSPROC.ADMIN_CMD('REORG TABLE "' || CURRENT SCHEMA || '".${table}')
-- [alterColumn.type.widening]
ALTER TABLE ${table} ALTER COLUMN ${column} SET DATA TYPE ${type}
-- [alterColumn.setNotNull]
ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL
--;
CALL SYSPROC.ADMIN_CMD('REORG TABLE "' || CURRENT SCHEMA || '".${table}')
-- [alterColumn.dropNotNull]
ALTER TABLE ${table} ALTER COLUMN ${column} DROP NOT NULL
--;
CALL SYSPROC.ADMIN_CMD('REORG TABLE "' || CURRENT SCHEMA || '".${table}')
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
-- [dropConstraint.UNIQUE.generated]
BEGIN
    DECLARE v_name VARCHAR(128);
    SELECT k.CONSTNAME INTO v_name
      FROM SYSCAT.TABCONST k
     WHERE k.TABSCHEMA = CURRENT SCHEMA AND k.TABNAME = '${tableName}' AND k.TYPE = 'U'
       AND k.CONSTNAME LIKE 'SQL%'
       AND (SELECT LISTAGG(u.COLNAME, ',') WITHIN GROUP (ORDER BY u.COLSEQ)
              FROM SYSCAT.KEYCOLUSE u
             WHERE u.TABSCHEMA = k.TABSCHEMA AND u.TABNAME = k.TABNAME AND u.CONSTNAME = k.CONSTNAME) = '${columnNames}'
     FETCH FIRST 1 ROW ONLY;
    EXECUTE IMMEDIATE 'ALTER TABLE ${table} DROP CONSTRAINT ' || v_name;
END
-- [dropConstraint.FK.generated]
BEGIN
    DECLARE v_name VARCHAR(128);
    SELECT r.CONSTNAME INTO v_name
      FROM SYSCAT.REFERENCES r
     WHERE r.TABSCHEMA = CURRENT SCHEMA AND r.TABNAME = '${tableName}' AND r.REFTABNAME = '${refTableName}'
       AND r.CONSTNAME LIKE 'SQL%'
       AND (SELECT LISTAGG(u.COLNAME, ',') WITHIN GROUP (ORDER BY u.COLSEQ)
              FROM SYSCAT.KEYCOLUSE u
             WHERE u.TABSCHEMA = r.TABSCHEMA AND u.TABNAME = r.TABNAME AND u.CONSTNAME = r.CONSTNAME) = '${columnNames}'
     FETCH FIRST 1 ROW ONLY;
    EXECUTE IMMEDIATE 'ALTER TABLE ${table} DROP CONSTRAINT ' || v_name;
END
-- [dropIndex]
DROP INDEX ${name}
-- [dropTrigger]
DROP TRIGGER ${name}
