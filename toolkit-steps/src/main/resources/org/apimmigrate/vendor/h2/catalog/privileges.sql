-- H2 lets only an admin or the schema's owner create and alter its tables.
select 'SCHEMA OWNER', 'schema ' || s.SCHEMA_NAME
  from INFORMATION_SCHEMA.SCHEMATA s
 where s.SCHEMA_NAME = CURRENT_SCHEMA and s.SCHEMA_OWNER <> CURRENT_USER
   and not exists (select 1 from INFORMATION_SCHEMA.USERS u where u.USER_NAME = CURRENT_USER and u.IS_ADMIN)
