-- IDX|TABLE|INDEX|USING method (COLS): only indexes that back no constraint, of tables only (a materialized view's
-- index goes with its VIEW line)
select 'IDX', upper(t.relname), upper(i.relname),
       regexp_replace(upper(pg_get_indexdef(ix.indexrelid)), '^.* USING ', 'USING ')
  from pg_index ix
  join pg_class i on i.oid = ix.indexrelid
  join pg_class t on t.oid = ix.indrelid
  join pg_namespace n on n.oid = t.relnamespace
 where n.nspname = current_schema() and t.relkind in ('r', 'p')
   and not exists (select 1 from pg_constraint c where c.conindid = ix.indexrelid)
 order by 2, 3
