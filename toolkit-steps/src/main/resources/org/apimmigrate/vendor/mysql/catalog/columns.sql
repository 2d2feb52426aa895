-- COL|TABLE|COLUMN|column type [COLLATE c]|NULL or NOT NULL|default [EXTRA]; latin1_swedish_ci, the database default, is not shown
select 'COL', upper(c.table_name), upper(c.column_name),
       concat(c.column_type,
              if(ifnull(c.collation_name, '') not in ('', 'latin1_swedish_ci'), concat(' COLLATE ', c.collation_name), '')),
       if(c.is_nullable = 'NO', 'NOT NULL', 'NULL'),
       trim(concat(ifnull(c.column_default, ''), if(c.extra <> '', concat(' ', upper(c.extra)), '')))
  from information_schema.columns c
 where c.table_schema = database()
