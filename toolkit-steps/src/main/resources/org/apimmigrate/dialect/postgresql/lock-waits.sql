-- Who a migrating statement waits for on PostgreSQL (see dialect.common.LockWaits for the columns).
-- PostgreSQL waits for a lock without end unless lock_timeout is set; a run sets it to 10 minutes where the session
-- has none (0), so a step never hangs forever and the wait is shown every 15 s meanwhile. A lock_timeout the role or
-- database already sets is kept.

-- name: session-setup
SELECT CASE WHEN current_setting('lock_timeout') = '0' THEN set_config('lock_timeout', '10min', false) END

-- name: session-id
SELECT pg_backend_pid()

-- name: blockers
-- pg_blocking_pids: the sessions that hold, or queue ahead for, a lock the waiting session wants; the table is the
-- relation the waiting session has asked for and not been granted, or whose row it queues for (a tuple lock).
SELECT (SELECT string_agg(DISTINCT c.relname, ', ')
          FROM pg_locks w JOIN pg_class c ON c.oid = w.relation
         WHERE w.pid = :waiting AND (NOT w.granted OR w.locktype = 'tuple')),
       'session ' || b.pid || ' of user ' || coalesce(b.usename, '?') || ' from '
           || coalesce(host(b.client_addr), 'a local socket')
           || coalesce(' (' || nullif(b.application_name, '') || ')', ''),
       to_char(coalesce(b.xact_start, b.backend_start) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
           || CASE WHEN b.xact_start IS NULL THEN '' ELSE ', its transaction' END,
       coalesce(b.state, '?') || ': ' || coalesce(nullif(b.query, ''), '?'),
       'SELECT pg_terminate_backend(' || b.pid || ')'
  FROM unnest(pg_blocking_pids(CAST(:waiting AS integer))) AS blocking(pid)
  JOIN pg_stat_activity b ON b.pid = blocking.pid
 ORDER BY b.pid
