-- H2 lets only an admin or the schema's owner create and alter its tables (H2 1.4.199 catalog).
select 'SCHEMA OWNER', 'schema ' || s.SCHEMA_NAME
  from INFORMATION_SCHEMA.SCHEMATA s
 where s.SCHEMA_NAME = SCHEMA() and s.SCHEMA_OWNER <> CURRENT_USER
   and not exists (select 1 from INFORMATION_SCHEMA.USERS u where u.NAME = CURRENT_USER and u.ADMIN = 'true')
