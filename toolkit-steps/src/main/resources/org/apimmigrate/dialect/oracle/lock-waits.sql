-- Who a migrating statement waits for on Oracle (see dialect.common.LockWaits for the columns).
-- UNTESTED: written from Oracle's documented V$SESSION (BLOCKING_SESSION, ROW_WAIT_OBJ#) and V$SQLAREA; no Oracle
-- engine runs in this build. Seeing them needs SELECT on V_$SESSION and V_$SQLAREA (SELECT_CATALOG_ROLE); without it
-- nothing is shown.
-- Timeouts are left as the database sets them: DML waits for a row lock without end; DDL fails at once on a busy
-- table (ORA-00054) unless DDL_LOCK_TIMEOUT is set, so there is nothing to watch there.

-- name: session-id
SELECT SYS_CONTEXT('USERENV', 'SID') FROM DUAL

-- name: blockers
SELECT o.OWNER || '.' || o.OBJECT_NAME,
       'session ' || b.SID || ',' || b.SERIAL# || ' of user ' || NVL(b.USERNAME, '?') || ' from '
           || NVL(b.MACHINE, '?') || NVL2(b.PROGRAM, ' (' || b.PROGRAM || ')', ''),
       TO_CHAR(b.LOGON_TIME, 'YYYY-MM-DD"T"HH24:MI:SS') || ' (server time, its logon)',
       b.STATUS || ': ' || NVL(q.SQL_TEXT, '?'),
       'ALTER SYSTEM KILL SESSION ''' || b.SID || ',' || b.SERIAL# || ''' IMMEDIATE'
  FROM V$SESSION w
  JOIN V$SESSION b ON b.SID = w.BLOCKING_SESSION
  LEFT JOIN ALL_OBJECTS o ON o.OBJECT_ID = w.ROW_WAIT_OBJ#
  LEFT JOIN V$SQLAREA q ON q.SQL_ID = NVL(b.SQL_ID, b.PREV_SQL_ID)
 WHERE w.SID = :waiting
