-- The migration lock on PostgreSQL: a session-level advisory lock (not the transaction-level kind), so the commits
-- between steps keep it and it is freed when the session ends. Advisory lock keys are per database.
-- :key is a bigint derived from the lock name.

-- name: acquire
SELECT pg_try_advisory_lock(:key)

-- name: release
SELECT pg_advisory_unlock(:key)


-- name: holder
-- The session holding the lock (a bigint advisory key is classid = high 32 bits, objid = low 32 bits, objsubid 1).
SELECT 'session ' || a.pid || ' of user ' || coalesce(a.usename, '?') || ' from '
           || coalesce(host(a.client_addr), 'a local socket')
           || coalesce(' (' || nullif(a.application_name, '') || ')', ''),
       to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       'SELECT pg_terminate_backend(' || a.pid || ')'
  FROM pg_locks l
  JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
   AND ((l.classid::bigint << 32) | l.objid::bigint) = :key
