-- IDX|TABLE|INDEX|[UNIQUE ](COLS): plain indexes that back no key
select 'IDX', i.table_name, i.index_name,
       case when i.uniqueness = 'UNIQUE' then 'UNIQUE ' end
           || '(' || (select listagg(ic.column_name, ',') within group (order by ic.column_position)
                        from user_ind_columns ic
                       where ic.index_name = i.index_name) || ')'
  from user_indexes i
 where i.index_type = 'NORMAL' and i.table_name not like 'BIN$%'
   and not exists (select 1 from user_constraints k
                    where k.index_name = i.index_name and k.constraint_type in ('P', 'U'))
