-- COL|TABLE|COLUMN|type|NULL or NOT NULL|default, or AUTO_INCREMENT for an identity column
select 'COL', c.TABLE_NAME, c.COLUMN_NAME,
       c.DATA_TYPE || case when c.DATA_TYPE in ('CHARACTER VARYING', 'CHARACTER', 'BINARY VARYING', 'BINARY')
                           then '(' || c.CHARACTER_MAXIMUM_LENGTH || ')'
                           when c.DATA_TYPE in ('NUMERIC', 'DECIMAL')
                           then '(' || c.NUMERIC_PRECISION || ',' || c.NUMERIC_SCALE || ')'
                           else '' end,
       case c.IS_NULLABLE when 'NO' then 'NOT NULL' else 'NULL' end,
       case when c.IS_IDENTITY = 'YES' then 'AUTO_INCREMENT' else coalesce(c.COLUMN_DEFAULT, '') end
  from INFORMATION_SCHEMA.COLUMNS c
 where c.TABLE_SCHEMA = CURRENT_SCHEMA
