-- Oracle statements for schema changes (see ChangeRenderer for keys and slots). Every DDL statement commits by
-- itself. A key Oracle named itself (SYS_C...) is dropped as the table's PRIMARY KEY, or looked up in
-- USER_CONSTRAINTS by an anonymous PL/SQL block (which, unlike plain statements, ends with END;). MODIFY changes
-- only what it names; a default goes by setting it to NULL, which the catalog reader reads as no default.
-- [dropSequence]
DROP SEQUENCE ${name}
-- [dropTable]
DROP TABLE ${table}
-- [emptyTable]
DELETE FROM ${table}
-- [addColumn]
ALTER TABLE ${table} ADD ${definition}
-- [dropColumn]
ALTER TABLE ${table} DROP COLUMN ${column}
-- [renameColumn]
ALTER TABLE ${table} RENAME COLUMN ${from} TO ${to}
-- [alterColumn.type]
ALTER TABLE ${table} MODIFY ${column} ${type}
-- [alterColumn.setNotNull]
ALTER TABLE ${table} MODIFY ${column} NOT NULL
-- [alterColumn.dropNotNull]
ALTER TABLE ${table} MODIFY ${column} NULL
-- [alterColumn.setDefault]
ALTER TABLE ${table} MODIFY ${column} DEFAULT ${default}
-- [alterColumn.dropDefault]
ALTER TABLE ${table} MODIFY ${column} DEFAULT NULL
-- [addConstraint]
ALTER TABLE ${table} ADD ${constraint}
-- [dropConstraint]
ALTER TABLE ${table} DROP CONSTRAINT ${name}
-- [dropConstraint.PK.generated]
ALTER TABLE ${table} DROP PRIMARY KEY
-- [dropConstraint.FK.generated]
DECLARE
    v_name user_constraints.constraint_name%TYPE;
BEGIN
    SELECT c.constraint_name INTO v_name
      FROM user_constraints c
      JOIN user_constraints r ON r.constraint_name = c.r_constraint_name
     WHERE c.table_name = '${tableName}' AND c.constraint_type = 'R' AND c.generated = 'GENERATED NAME'
       AND r.table_name = '${refTableName}'
       AND (SELECT LISTAGG(cc.column_name, ',') WITHIN GROUP (ORDER BY cc.position)
              FROM user_cons_columns cc WHERE cc.constraint_name = c.constraint_name) = '${columnNames}'
       AND ROWNUM = 1;
    EXECUTE IMMEDIATE 'ALTER TABLE ${table} DROP CONSTRAINT ' || v_name;
END;
-- [dropConstraint.UNIQUE.generated]
DECLARE
    v_name user_constraints.constraint_name%TYPE;
BEGIN
    SELECT c.constraint_name INTO v_name
      FROM user_constraints c
     WHERE c.table_name = '${tableName}' AND c.generated = 'GENERATED NAME'
       AND c.constraint_type = 'U'
       AND (SELECT LISTAGG(cc.column_name, ',') WITHIN GROUP (ORDER BY cc.position)
              FROM user_cons_columns cc WHERE cc.constraint_name = c.constraint_name) = '${columnNames}'
       AND ROWNUM = 1;
    EXECUTE IMMEDIATE 'ALTER TABLE ${table} DROP CONSTRAINT ' || v_name;
END;
-- [dropIndex]
DROP INDEX ${name}
-- [dropTrigger]
DROP TRIGGER ${name}
