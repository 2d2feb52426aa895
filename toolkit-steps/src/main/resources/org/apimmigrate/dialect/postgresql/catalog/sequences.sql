-- SEQ|NAME. From pg_class, not information_schema.sequences: that view hides the sequences a user holds no privilege
-- on, so a SELECT-only auditor would see them as missing.
select 'SEQ', upper(c.relname)
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = current_schema() and c.relkind = 'S'
 order by 2
