-- COL|TABLE|COLUMN|type|NULL or NOT NULL|default, or AUTO_INCREMENT for an identity column.
-- H2 1.4.199's catalog (TYPE_NAME) spelled in the vocabulary of the H2 facts, which is H2 2.x's
-- (VARCHAR -> CHARACTER VARYING, BLOB -> BINARY LARGE OBJECT, ...), so one model serves the files users have.
-- Tables only: a view's columns are part of its VIEW line (views.sql).
select 'COL', c.TABLE_NAME, c.COLUMN_NAME,
       case c.TYPE_NAME
            when 'VARCHAR' then 'CHARACTER VARYING(' || c.CHARACTER_MAXIMUM_LENGTH || ')'
            when 'VARCHAR_IGNORECASE' then 'VARCHAR_IGNORECASE(' || c.CHARACTER_MAXIMUM_LENGTH || ')'
            when 'CHAR' then 'CHARACTER(' || c.CHARACTER_MAXIMUM_LENGTH || ')'
            when 'VARBINARY' then 'BINARY VARYING(' || c.CHARACTER_MAXIMUM_LENGTH || ')'
            when 'BINARY' then 'BINARY(' || c.CHARACTER_MAXIMUM_LENGTH || ')'
            when 'BLOB' then 'BINARY LARGE OBJECT'
            when 'CLOB' then 'CHARACTER LARGE OBJECT'
            when 'DECIMAL' then 'NUMERIC(' || c.NUMERIC_PRECISION || ',' || c.NUMERIC_SCALE || ')'
            when 'DOUBLE' then 'DOUBLE PRECISION'
            else c.TYPE_NAME end,
       case c.IS_NULLABLE when 'NO' then 'NOT NULL' else 'NULL' end,
       case when c.SEQUENCE_NAME is not null then 'AUTO_INCREMENT' else coalesce(c.COLUMN_DEFAULT, '') end
  from INFORMATION_SCHEMA.COLUMNS c
 where c.TABLE_SCHEMA = SCHEMA()
   and c.TABLE_NAME not in (select v.TABLE_NAME from INFORMATION_SCHEMA.VIEWS v where v.TABLE_SCHEMA = SCHEMA())
