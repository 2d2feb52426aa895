-- What the migration user lacks on MySQL / MariaDB, granted globally or on this database (patterns such as
-- apim\_% included). A row starting with '?' says why nothing could be checked: every account has at least a
-- USAGE row in USER_PRIVILEGES, so none at all means the server keeps no grants (e.g. --skip-grant-tables).
SELECT p.PRIV FROM (
  SELECT 'SELECT' AS PRIV UNION ALL SELECT 'INSERT' UNION ALL SELECT 'UPDATE' UNION ALL SELECT 'DELETE'
  UNION ALL SELECT 'CREATE' UNION ALL SELECT 'DROP' UNION ALL SELECT 'ALTER' UNION ALL SELECT 'INDEX'
  UNION ALL SELECT 'REFERENCES') p
 CROSS JOIN (SELECT CONCAT('''', SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''',
                           SUBSTRING_INDEX(CURRENT_USER(), '@', -1), '''') AS G) me
 WHERE EXISTS (SELECT 1 FROM information_schema.USER_PRIVILEGES a WHERE a.GRANTEE = me.G)
   AND NOT EXISTS (SELECT 1 FROM information_schema.USER_PRIVILEGES u
                    WHERE u.GRANTEE = me.G AND u.PRIVILEGE_TYPE = p.PRIV)
   AND NOT EXISTS (SELECT 1 FROM information_schema.SCHEMA_PRIVILEGES s
                    WHERE s.GRANTEE = me.G AND DATABASE() LIKE s.TABLE_SCHEMA AND s.PRIVILEGE_TYPE = p.PRIV)
UNION ALL
SELECT '?the server keeps no grants for this user (e.g. it runs with --skip-grant-tables)' FROM DUAL
 WHERE NOT EXISTS (SELECT 1 FROM information_schema.USER_PRIVILEGES a
                    WHERE a.GRANTEE = CONCAT('''', SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''',
                                             SUBSTRING_INDEX(CURRENT_USER(), '@', -1), ''''))
