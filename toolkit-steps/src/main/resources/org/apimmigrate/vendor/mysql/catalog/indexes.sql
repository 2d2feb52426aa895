-- IDX|TABLE|INDEX|(COLS): non-unique indexes, except those a foreign key made under its own name
select 'IDX', upper(s.table_name), upper(s.index_name),
       concat('(', group_concat(upper(s.column_name) order by s.seq_in_index separator ','), ')')
  from information_schema.statistics s
 where s.table_schema = database() and s.non_unique = 1
   and not exists (select 1
                     from information_schema.table_constraints tc
                    where tc.table_schema = s.table_schema and tc.table_name = s.table_name
                      and tc.constraint_name = s.index_name and tc.constraint_type = 'FOREIGN KEY')
 group by s.table_name, s.index_name
