-- Privileges the steps use and the user lacks, held on the database or on the user's default schema.
select r.PRIVILEGE, 'database ' + DB_NAME()
  from (values ('CREATE TABLE'), ('ALTER'), ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('REFERENCES')) r(PRIVILEGE)
 where not exists (select 1 from fn_my_permissions(NULL, 'DATABASE') p where p.permission_name = r.PRIVILEGE)
   and not exists (select 1 from fn_my_permissions(SCHEMA_NAME(), 'SCHEMA') p where p.permission_name = r.PRIVILEGE)
