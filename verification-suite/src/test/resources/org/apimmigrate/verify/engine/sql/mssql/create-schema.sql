-- a schema per test in the one database of an external engine. SQL Server has no per-connection schema setting,
-- so the schema becomes the default schema of the connecting database user (never possible for dbo).
CREATE SCHEMA ${name}
/
DECLARE @user sysname = USER_NAME();
EXEC('ALTER USER [' + @user + '] WITH DEFAULT_SCHEMA = [${name}]');
