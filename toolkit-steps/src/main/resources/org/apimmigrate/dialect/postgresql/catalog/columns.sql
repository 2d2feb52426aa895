-- COL|TABLE|COLUMN|type|NULL or NOT NULL|default  (casts such as ::regclass, ::character varying are cut off)
select 'COL', upper(table_name), upper(column_name),
       data_type || coalesce('(' || character_maximum_length || ')', '')
           || case when data_type in ('numeric') then coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '') else '' end,
       case is_nullable when 'NO' then 'NOT NULL' else 'NULL' end,
       coalesce(regexp_replace(column_default, '::[a-z ]+', '', 'g'), '')
  from information_schema.columns
 where table_schema = current_schema()
 order by 2, 3
