-- The migration lock on PostgreSQL: a session-level advisory lock (not the transaction-level kind), so the commits
-- between steps keep it and it is freed when the session ends. Advisory lock keys are per database.
-- :key is a bigint derived from the lock name.

-- name: acquire
SELECT pg_try_advisory_lock(:key)

-- name: release
SELECT pg_advisory_unlock(:key)
