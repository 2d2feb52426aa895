-- Privileges the steps use and the user lacks: CREATE in the schema (new tables, indexes, the journal), ownership of
-- every table and sequence (PostgreSQL lets only the owner ALTER them), and row access. No superuser is needed.
select 'CREATE', 'schema ' || current_schema()
 where not has_schema_privilege(current_schema(), 'CREATE')
union all
select 'OWNER', case c.relkind when 'S' then 'sequence ' else 'table ' end || c.relname
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = current_schema() and c.relkind in ('r', 'p', 'S')
   and not pg_has_role(current_user, c.relowner, 'USAGE')
union all
select p.privilege, 'table ' || c.relname
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
 cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) p(privilege)
 where n.nspname = current_schema() and c.relkind in ('r', 'p')
   and not has_table_privilege(c.oid, p.privilege)
