-- SQL Server statements for schema changes (see ChangeRenderer for keys and slots).
-- SQL Server names keys and defaults declared without a name itself (PK__..., DF__...): such a name is looked up in
-- sys.* by table, kind and columns and used within the same T-SQL batch, since a variable lives as long as its
-- batch. A default is a constraint of its own: a column that has one is neither dropped nor altered with it in
-- place, so those sections drop it first and, where the column stays, put it back.
-- ALTER COLUMN restates type and nullability together (a column left without NULL or NOT NULL becomes nullable).
-- [dropSequence]
DROP SEQUENCE ${name}
-- [dropTable]
DROP TABLE ${table}
-- [emptyTable]
DELETE FROM ${table}
-- [addColumn]
ALTER TABLE ${table} ADD ${definition}
-- [addColumn.withDefault]
-- WITH VALUES: rows already there take the default, as they do on every other vendor (else they would hold NULL)
ALTER TABLE ${table} ADD ${column} ${type} ${null} DEFAULT ${default} WITH VALUES
-- [dropColumn]
ALTER TABLE ${table} DROP COLUMN ${column}
-- [dropColumn.withDefault]
DECLARE @default SYSNAME = (SELECT d.name FROM sys.default_constraints d
    JOIN sys.columns c ON c.object_id = d.parent_object_id AND c.column_id = d.parent_column_id
    WHERE d.parent_object_id = OBJECT_ID(N'${table}') AND UPPER(c.name) = N'${columnName}');
IF @default IS NOT NULL EXEC (N'ALTER TABLE ${table} DROP CONSTRAINT ' + QUOTENAME(@default))
--;
ALTER TABLE ${table} DROP COLUMN ${column}
-- [renameColumn]
EXEC sp_rename N'${tableName}.${fromName}', N'${toName}', N'COLUMN'
-- [alterColumn.typeAndNull]
ALTER TABLE ${table} ALTER COLUMN ${column} ${type} ${null}
-- [alterColumn.typeAndNull.withDefault]
DECLARE @default SYSNAME, @definition NVARCHAR(MAX);
SELECT @default = d.name, @definition = d.definition FROM sys.default_constraints d
    JOIN sys.columns c ON c.object_id = d.parent_object_id AND c.column_id = d.parent_column_id
    WHERE d.parent_object_id = OBJECT_ID(N'${table}') AND UPPER(c.name) = N'${columnName}';
IF @default IS NOT NULL EXEC (N'ALTER TABLE ${table} DROP CONSTRAINT ' + QUOTENAME(@default));
ALTER TABLE ${table} ALTER COLUMN ${column} ${type} ${null};
IF @definition IS NOT NULL EXEC (N'ALTER TABLE ${table} ADD DEFAULT ' + @definition + N' FOR ${column}')
-- [alterColumn.setDefault]
ALTER TABLE ${table} ADD DEFAULT ${default} FOR ${column}
-- [alterColumn.setDefault.withDefault]
DECLARE @default SYSNAME = (SELECT d.name FROM sys.default_constraints d
    JOIN sys.columns c ON c.object_id = d.parent_object_id AND c.column_id = d.parent_column_id
    WHERE d.parent_object_id = OBJECT_ID(N'${table}') AND UPPER(c.name) = N'${columnName}');
IF @default IS NOT NULL EXEC (N'ALTER TABLE ${table} DROP CONSTRAINT ' + QUOTENAME(@default))
--;
ALTER TABLE ${table} ADD DEFAULT ${default} FOR ${column}
-- [alterColumn.dropDefault]
DECLARE @default SYSNAME = (SELECT d.name FROM sys.default_constraints d
    JOIN sys.columns c ON c.object_id = d.parent_object_id AND c.column_id = d.parent_column_id
    WHERE d.parent_object_id = OBJECT_ID(N'${table}') AND UPPER(c.name) = N'${columnName}');
IF @default IS NOT NULL EXEC (N'ALTER TABLE ${table} DROP CONSTRAINT ' + QUOTENAME(@default))
-- [addConstraint]
ALTER TABLE ${table} ADD ${constraint}
-- [dropConstraint]
ALTER TABLE ${table} DROP CONSTRAINT ${name}
-- [dropConstraint.PK.generated]
DECLARE @name SYSNAME = (SELECT k.name FROM sys.key_constraints k
    WHERE k.parent_object_id = OBJECT_ID(N'${table}') AND k.type = 'PK');
EXEC (N'ALTER TABLE ${table} DROP CONSTRAINT ' + QUOTENAME(@name))
-- [dropConstraint.UNIQUE.generated]
DECLARE @name SYSNAME;
SELECT @name = k.name FROM sys.key_constraints k
    WHERE k.parent_object_id = OBJECT_ID(N'${table}') AND k.type = 'UQ' AND k.is_system_named = 1
      AND (SELECT STRING_AGG(UPPER(c.name), ',') WITHIN GROUP (ORDER BY ic.key_ordinal)
             FROM sys.index_columns ic
             JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
            WHERE ic.object_id = k.parent_object_id AND ic.index_id = k.unique_index_id
              AND ic.is_included_column = 0) = N'${columnNames}';
EXEC (N'ALTER TABLE ${table} DROP CONSTRAINT ' + QUOTENAME(@name))
-- [dropConstraint.FK.generated]
DECLARE @name SYSNAME;
SELECT @name = fk.name FROM sys.foreign_keys fk
    WHERE fk.parent_object_id = OBJECT_ID(N'${table}') AND fk.referenced_object_id = OBJECT_ID(N'${refTable}')
      AND fk.is_system_named = 1
      AND (SELECT STRING_AGG(UPPER(c.name), ',') WITHIN GROUP (ORDER BY fkc.constraint_column_id)
             FROM sys.foreign_key_columns fkc
             JOIN sys.columns c ON c.object_id = fkc.parent_object_id AND c.column_id = fkc.parent_column_id
            WHERE fkc.constraint_object_id = fk.object_id) = N'${columnNames}';
EXEC (N'ALTER TABLE ${table} DROP CONSTRAINT ' + QUOTENAME(@name))
-- [dropIndex]
DROP INDEX ${name} ON ${table}
-- [dropTrigger]
DROP TRIGGER ${name}
