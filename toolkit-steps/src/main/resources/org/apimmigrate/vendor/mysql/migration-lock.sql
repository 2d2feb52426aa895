-- The migration lock on MySQL / MariaDB: a named user lock, owned by the session, freed when the session ends.
-- Lock names are server-wide, so the database name is part of it; names are limited to 64 characters.
-- Timeout 0: GET_LOCK returns 1 when granted, 0 at once when another session holds it.

-- name: acquire
SELECT GET_LOCK(LEFT(CONCAT(DATABASE(), '/', :key), 64), 0)

-- name: release
SELECT RELEASE_LOCK(LEFT(CONCAT(DATABASE(), '/', :key), 64))
