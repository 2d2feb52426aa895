-- Privileges the steps use and the user lacks (granted to the user or to PUBLIC; group grants are not seen here):
-- creating tables, and altering the schema's tables the user does not own.
select 'CREATETAB', 'database ' || CURRENT SERVER from SYSIBM.SYSDUMMY1
 where not exists (select 1 from SYSCAT.DBAUTH d where d.GRANTEE in (CURRENT USER, 'PUBLIC')
                      and (d.CREATETABAUTH = 'Y' or d.DBADMAUTH = 'Y'))
union all
select 'ALTER', 'table ' || t.TABNAME
  from SYSCAT.TABLES t
 where t.TABSCHEMA = CURRENT SCHEMA and t.TYPE = 'T' and t.OWNER <> CURRENT USER
   and not exists (select 1 from SYSCAT.TABAUTH a
                    where a.TABSCHEMA = t.TABSCHEMA and a.TABNAME = t.TABNAME and a.GRANTEE in (CURRENT USER, 'PUBLIC')
                      and (a.CONTROLAUTH = 'Y' or a.ALTERAUTH = 'Y'))
   and not exists (select 1 from SYSCAT.DBAUTH d where d.GRANTEE = CURRENT USER and d.DBADMAUTH = 'Y')
