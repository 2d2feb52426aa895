-- Who a migrating statement waits for on SQL Server (see dialect.common.LockWaits for the columns).
-- UNTESTED: written from SQL Server's documented dynamic management views (sys.dm_os_waiting_tasks,
-- sys.dm_exec_sessions, sys.dm_tran_locks, sys.dm_exec_sql_text); no SQL Server engine runs in this build. Seeing
-- other sessions needs VIEW SERVER STATE (VIEW SERVER PERFORMANCE STATE on 2022); without it nothing is shown.
-- Timeout: SQL Server waits for a lock without end by default (LOCK_TIMEOUT -1); a run's session waits 10 minutes.

-- name: session-setup
SET LOCK_TIMEOUT 600000

-- name: session-id
SELECT @@SPID

-- name: blockers
SELECT CASE WHEN l.resource_type = 'OBJECT'
            THEN OBJECT_SCHEMA_NAME(l.resource_associated_entity_id) + '.' + OBJECT_NAME(l.resource_associated_entity_id)
       END,
       'session ' + CAST(s.session_id AS varchar(10)) + ' of login ' + s.login_name + ' from '
           + COALESCE(s.host_name, '?') + COALESCE(' (' + NULLIF(s.program_name, '') + ')', ''),
       CONVERT(varchar(19), COALESCE(t.transaction_begin_time, s.login_time), 126) + ' (server time)',
       s.status + ': ' + COALESCE(q.text, '?'),
       'KILL ' + CAST(s.session_id AS varchar(10))
  FROM sys.dm_os_waiting_tasks w
  JOIN sys.dm_exec_sessions s ON s.session_id = w.blocking_session_id
  LEFT JOIN sys.dm_tran_locks l ON l.lock_owner_address = w.resource_address
  LEFT JOIN sys.dm_exec_connections c ON c.session_id = s.session_id
  OUTER APPLY sys.dm_exec_sql_text(c.most_recent_sql_handle) q
  LEFT JOIN sys.dm_tran_session_transactions st ON st.session_id = s.session_id
  LEFT JOIN sys.dm_tran_active_transactions t ON t.transaction_id = st.transaction_id
 WHERE w.session_id = :waiting AND w.blocking_session_id IS NOT NULL AND w.blocking_session_id <> w.session_id
