-- Who a migrating statement waits for on H2 1.4.199 (see dialect.common.LockWaits for the columns): its
-- INFORMATION_SCHEMA.SESSIONS marks a waiting session BLOCKED with the BLOCKER_ID of the session whose row lock it
-- waits for (DDL does not wait for row locks on 1.4.199). The table is the one both sessions lock. H2 1.4.199 cannot
-- end another session (CANCEL_SESSION only cancels its running statement), so no statement is given: the client that
-- holds the transaction must end it. Tried by hand against 1.4.199; no test runs a second client against the jar.
-- Timeout: H2 gives up after LOCK_TIMEOUT (1 s by default), before a watch looks; a run's session waits 10 minutes.

-- name: session-setup
SET LOCK_TIMEOUT 600000

-- name: session-id
SELECT SESSION_ID()

-- name: blockers
SELECT (SELECT GROUP_CONCAT(DISTINCT h.TABLE_NAME)
          FROM INFORMATION_SCHEMA.LOCKS h
          JOIN INFORMATION_SCHEMA.LOCKS m ON m.TABLE_SCHEMA = h.TABLE_SCHEMA AND m.TABLE_NAME = h.TABLE_NAME
         WHERE h.SESSION_ID = b.ID AND m.SESSION_ID = w.ID),
       'session ' || b.ID || ' of user ' || b.USER_NAME,
       FORMATDATETIME(b.SESSION_START, 'yyyy-MM-dd''T''HH:mm:ss''Z''', 'en', 'UTC') || ', its session',
       b.STATE || ': ' || COALESCE(b.STATEMENT, 'no statement now, a transaction open'),
       NULL
  FROM INFORMATION_SCHEMA.SESSIONS w
  JOIN INFORMATION_SCHEMA.SESSIONS b ON b.ID = w.BLOCKER_ID
 WHERE w.ID = :waiting AND w.STATE = 'BLOCKED'
