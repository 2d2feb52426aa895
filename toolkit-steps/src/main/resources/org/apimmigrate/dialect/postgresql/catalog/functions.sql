select 'FUNC', upper(p.proname)
  from pg_proc p
  join pg_namespace n on n.oid = p.pronamespace
 where n.nspname = current_schema()
 order by 2
