-- COL|TABLE|COLUMN|column type [COLLATE c]|NULL or NOT NULL|default [EXTRA]. A collation is shown only where it is
-- not the database's default (latin1_swedish_ci in WSO2's set-up, as the reference dumps were made): what a column
-- gets without a word in WSO2's scripts is the user's choice of database, not part of the schema. Tables only: a
-- view's columns are part of its VIEW line (views.sql).
select 'COL', upper(c.table_name), upper(c.column_name),
       concat(c.column_type,
              if(ifnull(c.collation_name, '') not in ('', s.default_collation_name),
                 concat(' COLLATE ', c.collation_name), '')),
       if(c.is_nullable = 'NO', 'NOT NULL', 'NULL'),
       trim(concat(ifnull(c.column_default, ''), if(c.extra <> '', concat(' ', upper(c.extra)), '')))
  from information_schema.columns c
  join information_schema.schemata s on s.schema_name = c.table_schema
 where c.table_schema = database()
   and c.table_name not in (select v.table_name from information_schema.views v where v.table_schema = database())
