-- Who a migrating statement waits for on DB2 (see dialect.common.LockWaits for the columns).
-- UNTESTED: written from DB2's documented SYSIBMADM.MON_LOCKWAITS administrative view; no DB2 engine runs in this
-- build. Seeing it needs the authority to run the monitor functions (e.g. SYSMON); without it nothing is shown.
-- Timeout: the database's LOCKTIMEOUT (-1, without end, by default); a run's session waits at most 10 minutes.

-- name: session-setup
SET CURRENT LOCK TIMEOUT 600

-- name: session-id
SELECT MON_GET_APPLICATION_HANDLE() FROM SYSIBM.SYSDUMMY1

-- name: blockers
SELECT RTRIM(w.TABSCHEMA) || '.' || w.TABNAME,
       'application ' || w.HLD_APPLICATION_HANDLE || ' of user ' || COALESCE(w.HLD_USERID, '?')
           || COALESCE(' (' || w.HLD_APPLICATION_NAME || ')', ''),
       NULL,
       COALESCE(w.HLD_CURRENT_STMT_TEXT, 'no statement now, a unit of work open'),
       'CALL SYSPROC.ADMIN_CMD(''FORCE APPLICATION (' || w.HLD_APPLICATION_HANDLE || ')'')'
  FROM SYSIBMADM.MON_LOCKWAITS w
 WHERE w.REQ_APPLICATION_HANDLE = :waiting
