-- Privileges the steps use and the user lacks on the current database, granted globally or on the database
-- (privileges that come only through roles are not seen here). A server without grant tables (--skip-grant-tables)
-- lists no privileges at all, not even USAGE: there every user may do everything.
select r.PRIVILEGE, concat('database ', database())
  from (select 'SELECT' as PRIVILEGE union all select 'INSERT' union all select 'UPDATE' union all select 'DELETE'
        union all select 'CREATE' union all select 'DROP' union all select 'ALTER' union all select 'INDEX'
        union all select 'REFERENCES') r
 where not exists (select 1 from INFORMATION_SCHEMA.USER_PRIVILEGES u
                    where u.GRANTEE = concat('''', substring_index(current_user(), '@', 1), '''@''',
                                             substring_index(current_user(), '@', -1), '''')
                      and u.PRIVILEGE_TYPE = r.PRIVILEGE)
   and not exists (select 1 from INFORMATION_SCHEMA.SCHEMA_PRIVILEGES s
                    where s.GRANTEE = concat('''', substring_index(current_user(), '@', 1), '''@''',
                                             substring_index(current_user(), '@', -1), '''')
                      and s.PRIVILEGE_TYPE = r.PRIVILEGE
                      and database() like s.TABLE_SCHEMA)
   and exists (select 1 from INFORMATION_SCHEMA.USER_PRIVILEGES)
