-- CON|TABLE|PK, UNIQUE or FK|(COLS) [-> REFTABLE(COLS) ON UPDATE x ON DELETE y]|NAME, columns in key order.
-- Key columns are aggregated once in a derived table: correlated subqueries over INFORMATION_SCHEMA would re-read
-- the whole schema's key usage for every constraint. Every INFORMATION_SCHEMA table is filtered by the schema as a
-- constant of its own: MariaDB opens only that schema's tables then, where a join condition alone makes it open
-- every table of every database on the server (the GROUP BY keeps each derived table from being merged into its
-- join, which would turn its filter into a join condition again).
select 'CON', upper(tc.table_name),
       case tc.constraint_type when 'PRIMARY KEY' then 'PK' when 'UNIQUE' then 'UNIQUE' else 'FK' end,
       concat('(', ifnull(k.cols, ''), ')',
              if(tc.constraint_type = 'FOREIGN KEY',
                 concat(' -> ', upper(rc.referenced_table_name), '(', ifnull(k.ref_cols, ''),
                        ') ON UPDATE ', rc.update_rule, ' ON DELETE ', rc.delete_rule),
                 '')),
       upper(tc.constraint_name)
  from information_schema.table_constraints tc
  left join (select table_name, constraint_name,
                    group_concat(upper(column_name) order by ordinal_position separator ',') as cols,
                    group_concat(upper(referenced_column_name) order by ordinal_position separator ',') as ref_cols
               from information_schema.key_column_usage
              where table_schema = database()
              group by table_name, constraint_name) k
         on k.table_name = tc.table_name and k.constraint_name = tc.constraint_name
  left join (select table_name, constraint_name, referenced_table_name, update_rule, delete_rule
               from information_schema.referential_constraints
              where constraint_schema = database()
              group by table_name, constraint_name, referenced_table_name, update_rule, delete_rule) rc
         on rc.table_name = tc.table_name and rc.constraint_name = tc.constraint_name
 where tc.table_schema = database() and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
