-- What the migration user lacks on DB2: the authority to create tables (directly or as DBADM).
SELECT 'CREATETAB authority on the database' FROM SYSIBM.SYSDUMMY1
 WHERE NOT EXISTS (SELECT 1 FROM SYSCAT.DBAUTH WHERE GRANTEE = CURRENT USER AND GRANTEETYPE = 'U'
                      AND (CREATETABAUTH = 'Y' OR DBADMAUTH = 'Y'))
