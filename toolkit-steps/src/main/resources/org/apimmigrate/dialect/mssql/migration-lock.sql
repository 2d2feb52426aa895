-- The migration lock on SQL Server: an application lock of the current database owned by the session (not by a
-- transaction), so commits keep it and it is freed when the session ends. @LockTimeout = 0 answers at once:
-- 0 or 1 when granted, -1 when another session holds it.

-- name: acquire
SET NOCOUNT ON;
DECLARE @result INT;
EXEC @result = sp_getapplock @Resource = :key, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0;
SELECT @result

-- name: release
SET NOCOUNT ON;
DECLARE @result INT;
EXEC @result = sp_releaseapplock @Resource = :key, @LockOwner = 'Session';
SELECT @result
