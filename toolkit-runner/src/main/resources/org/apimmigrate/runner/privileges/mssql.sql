-- What the migration user lacks on SQL Server: creating tables in the database and altering its schema.
SELECT 'CREATE TABLE on database ' + DB_NAME() AS MISSING WHERE HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'CREATE TABLE') = 0
UNION ALL
SELECT 'ALTER on schema ' + SCHEMA_NAME() WHERE HAS_PERMS_BY_NAME(SCHEMA_NAME(), 'SCHEMA', 'ALTER') = 0
