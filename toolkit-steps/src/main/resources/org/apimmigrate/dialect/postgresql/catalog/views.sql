-- VIEW|NAME|definition: views and materialized views (both hold on to the columns they read: PostgreSQL refuses to
-- drop or retype those while they exist). pg_get_viewdef prints the stored query, also of views another role owns,
-- where information_schema.views shows no definition.
select 'VIEW', upper(c.relname), pg_get_viewdef(c.oid)
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = current_schema() and c.relkind in ('v', 'm')
 order by 2
