-- CON|TABLE|PK, UNIQUE or FK|(COLS) [-> REFTABLE(COLS) ON UPDATE x ON DELETE y]|NAME, columns in key order
select 'CON', upper(tc.table_name),
       case tc.constraint_type when 'PRIMARY KEY' then 'PK' when 'UNIQUE' then 'UNIQUE' else 'FK' end,
       concat('(', ifnull((select group_concat(upper(k.column_name) order by k.ordinal_position separator ',')
                             from information_schema.key_column_usage k
                            where k.table_schema = tc.table_schema and k.table_name = tc.table_name
                              and k.constraint_name = tc.constraint_name), ''), ')',
              if(tc.constraint_type = 'FOREIGN KEY',
                 concat(' -> ', upper(rc.referenced_table_name), '(',
                        ifnull((select group_concat(upper(k.referenced_column_name) order by k.ordinal_position separator ',')
                                  from information_schema.key_column_usage k
                                 where k.table_schema = tc.table_schema and k.table_name = tc.table_name
                                   and k.constraint_name = tc.constraint_name), ''),
                        ') ON UPDATE ', rc.update_rule, ' ON DELETE ', rc.delete_rule),
                 '')),
       upper(tc.constraint_name)
  from information_schema.table_constraints tc
  left join information_schema.referential_constraints rc
         on rc.constraint_schema = tc.table_schema and rc.table_name = tc.table_name
        and rc.constraint_name = tc.constraint_name
 where tc.table_schema = database() and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
