-- The steps work in the user's own schema: they need the system privileges to create its objects, and DBMS_LOCK for
-- the migration lock.
select r.PRIVILEGE, 'user ' || USER
  from (select 'CREATE TABLE' as PRIVILEGE from dual union all select 'CREATE SEQUENCE' from dual
        union all select 'CREATE TRIGGER' from dual) r
 where not exists (select 1 from SESSION_PRIVS p
                    where p.PRIVILEGE in (r.PRIVILEGE, replace(r.PRIVILEGE, 'CREATE ', 'CREATE ANY ')))
union all
select 'EXECUTE', 'package SYS.DBMS_LOCK' from dual
 where not exists (select 1 from ALL_OBJECTS o where o.OWNER = 'SYS' and o.OBJECT_NAME = 'DBMS_LOCK')
