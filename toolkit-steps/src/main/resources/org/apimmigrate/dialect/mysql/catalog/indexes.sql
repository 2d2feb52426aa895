-- IDX|TABLE|INDEX|(COLS): non-unique indexes, except those a foreign key made under its own name
-- (the foreign keys' names are read once, not per index row, and with the schema as a constant, so that MariaDB
-- opens only this schema's tables)
select 'IDX', upper(s.table_name), upper(s.index_name),
       concat('(', group_concat(upper(s.column_name) order by s.seq_in_index separator ','), ')')
  from information_schema.statistics s
 where s.table_schema = database() and s.non_unique = 1
   and (s.table_name, s.index_name) not in (select table_name, constraint_name
                                              from information_schema.table_constraints
                                             where table_schema = database() and constraint_type = 'FOREIGN KEY')
 group by s.table_name, s.index_name
