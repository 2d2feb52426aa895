-- CON|TABLE|PK, UNIQUE, FK or CHECK|(COLS) [-> REFTABLE(COLS) ON UPDATE x ON DELETE y]|NAME, columns in key order
select 'CON', upper(c.conrelid::regclass::text),
       case c.contype when 'p' then 'PK' when 'u' then 'UNIQUE' when 'f' then 'FK' when 'c' then 'CHECK' end,
       '(' || (select string_agg(upper(a.attname), ',' order by k.ord)
                 from unnest(c.conkey) with ordinality k(attnum, ord)
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) || ')'
           || case when c.contype = 'f' then ' -> ' || upper(c.confrelid::regclass::text) || '('
                   || (select string_agg(upper(a.attname), ',' order by k.ord)
                         from unnest(c.confkey) with ordinality k(attnum, ord)
                         join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum)
                   || ') ON UPDATE ' || c.confupdtype::text || ' ON DELETE ' || c.confdeltype::text
                   else '' end
           || case when c.contype = 'c' then ' ' || pg_get_constraintdef(c.oid) else '' end,
       upper(c.conname)
  from pg_constraint c
  join pg_namespace n on n.oid = c.connamespace
 where n.nspname = current_schema() and c.contype in ('p', 'u', 'f', 'c')
 order by 2, 3, 4
