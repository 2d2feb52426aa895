-- The migration lock on MySQL / MariaDB: a named user lock, owned by the session, freed when the session ends.
-- Lock names are server-wide, so the database name is part of it; names are limited to 64 characters.
-- Timeout 0: GET_LOCK returns 1 when granted, 0 at once when another session holds it.

-- name: acquire
SELECT GET_LOCK(LEFT(CONCAT(DATABASE(), '/', :key), 64), 0)

-- name: release
SELECT RELEASE_LOCK(LEFT(CONCAT(DATABASE(), '/', :key), 64))


-- name: holder
-- The connection holding the lock; the processlist tells how long it has been in its current state.
SELECT CONCAT('connection ', p.ID, ' of user ', p.USER, ' from ', p.HOST),
       CONCAT(DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL p.TIME SECOND, '%Y-%m-%dT%H:%i:%sZ'), ' (in its current state)'),
       CONCAT('KILL ', p.ID)
  FROM information_schema.PROCESSLIST p
 WHERE p.ID = IS_USED_LOCK(LEFT(CONCAT(DATABASE(), '/', :key), 64))
