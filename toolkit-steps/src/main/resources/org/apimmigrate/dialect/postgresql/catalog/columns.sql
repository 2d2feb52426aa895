-- COL|TABLE|COLUMN|type|NULL or NOT NULL|default  (casts such as ::regclass, ::character varying are cut off).
-- Tables only: a view's columns are part of its VIEW line (views.sql).
select 'COL', upper(table_name), upper(column_name),
       data_type || coalesce('(' || character_maximum_length || ')', '')
           || case when data_type in ('numeric') then coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '') else '' end,
       case is_nullable when 'NO' then 'NOT NULL' else 'NULL' end,
       coalesce(regexp_replace(column_default, '::[a-z ]+', '', 'g'), '')
  from information_schema.columns
 where table_schema = current_schema()
   and table_name::text not in (select v.relname::text from pg_class v join pg_namespace vn on vn.oid = v.relnamespace
                                 where vn.nspname = current_schema() and v.relkind = 'v')
 order by 2, 3
