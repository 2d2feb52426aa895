-- IDX|TABLE|INDEX|(COLS): non-unique indexes, except those a foreign key made under its own name
-- (the foreign keys' names are read once, not per index row)
select 'IDX', upper(s.table_name), upper(s.index_name),
       concat('(', group_concat(upper(s.column_name) order by s.seq_in_index separator ','), ')')
  from information_schema.statistics s
  left join (select table_name, constraint_name
               from information_schema.table_constraints
              where table_schema = database() and constraint_type = 'FOREIGN KEY') fk
         on fk.table_name = s.table_name and fk.constraint_name = s.index_name
 where s.table_schema = database() and s.non_unique = 1 and fk.constraint_name is null
 group by s.table_name, s.index_name
