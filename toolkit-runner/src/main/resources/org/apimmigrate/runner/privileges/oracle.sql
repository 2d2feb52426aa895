-- What the migration user lacks on Oracle: the system privileges the new tables, sequences and triggers need.
SELECT p.PRIV FROM (SELECT 'CREATE TABLE' AS PRIV FROM DUAL UNION ALL SELECT 'CREATE SEQUENCE' FROM DUAL
                    UNION ALL SELECT 'CREATE TRIGGER' FROM DUAL) p
 WHERE p.PRIV NOT IN (SELECT PRIVILEGE FROM SESSION_PRIVS)
