-- Who a migrating statement waits for on MySQL / MariaDB (see dialect.common.LockWaits for the columns). Tested on
-- MariaDB 11.4 (embedded): blockers (row locks) and blockers-4 (metadata locks, performance_schema off, its default
-- there); blockers-2 and blockers-3 are MySQL 8's performance_schema views, written from its documentation and run
-- only where a MySQL 8 engine is at hand. A query the server refuses (a view it lacks) is skipped.
-- Timeouts: a metadata lock (what ALTER/TRUNCATE wait for behind an open transaction) waits lock_wait_timeout, one
-- year by default: a run lowers it to 10 minutes for its own session (a lower setting is kept). A row lock waits
-- innodb_lock_wait_timeout (50 s by default), which a run leaves as the server sets it.

-- name: session-setup
SET SESSION lock_wait_timeout = LEAST(@@SESSION.lock_wait_timeout, 600)

-- name: session-id
SELECT CONNECTION_ID()

-- name: blockers
-- Row lock waits, MariaDB: information_schema.INNODB_LOCK_WAITS (MySQL 8 removed it).
SELECT l.lock_table,
       CONCAT('connection ', p.ID, ' of user ', p.USER, ' from ', COALESCE(NULLIF(p.HOST, ''), 'a local socket')),
       CONCAT(DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL TIMESTAMPDIFF(SECOND, bt.trx_started, NOW()) SECOND,
                          '%Y-%m-%dT%H:%i:%sZ'), ', its transaction'),
       CONCAT(p.COMMAND, ': ', COALESCE(p.INFO, 'no statement now, a transaction open')),
       CONCAT('KILL ', p.ID)
  FROM information_schema.INNODB_TRX wt
  JOIN information_schema.INNODB_LOCK_WAITS lw ON lw.requesting_trx_id = wt.trx_id
  JOIN information_schema.INNODB_TRX bt ON bt.trx_id = lw.blocking_trx_id
  JOIN information_schema.PROCESSLIST p ON p.ID = bt.trx_mysql_thread_id
  LEFT JOIN information_schema.INNODB_LOCKS l ON l.lock_id = lw.requested_lock_id
 WHERE wt.trx_mysql_thread_id = :waiting

-- name: blockers-2
-- Row lock waits, MySQL 8: performance_schema.data_lock_waits.
SELECT CONCAT(dl.OBJECT_SCHEMA, '.', dl.OBJECT_NAME),
       CONCAT('connection ', p.ID, ' of user ', p.USER, ' from ', COALESCE(NULLIF(p.HOST, ''), 'a local socket')),
       CONCAT(DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL TIMESTAMPDIFF(SECOND, bt.trx_started, NOW()) SECOND,
                          '%Y-%m-%dT%H:%i:%sZ'), ', its transaction'),
       CONCAT(p.COMMAND, ': ', COALESCE(p.INFO, 'no statement now, a transaction open')),
       CONCAT('KILL ', p.ID)
  FROM performance_schema.data_lock_waits lw
  JOIN performance_schema.data_locks dl ON dl.ENGINE_LOCK_ID = lw.REQUESTING_ENGINE_LOCK_ID
  JOIN information_schema.INNODB_TRX wt ON wt.trx_id = lw.REQUESTING_ENGINE_TRANSACTION_ID
  JOIN information_schema.INNODB_TRX bt ON bt.trx_id = lw.BLOCKING_ENGINE_TRANSACTION_ID
  JOIN information_schema.PROCESSLIST p ON p.ID = bt.trx_mysql_thread_id
 WHERE wt.trx_mysql_thread_id = :waiting

-- name: blockers-3
-- Metadata lock waits where performance_schema records them (MySQL 8 by default; MariaDB only with it switched on).
SELECT CONCAT(g.OBJECT_SCHEMA, '.', g.OBJECT_NAME),
       CONCAT('connection ', p.ID, ' of user ', p.USER, ' from ', COALESCE(NULLIF(p.HOST, ''), 'a local socket')),
       CASE WHEN bt.trx_started IS NULL
            THEN CONCAT(DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL p.TIME SECOND, '%Y-%m-%dT%H:%i:%sZ'),
                        ', in its current state')
            ELSE CONCAT(DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL TIMESTAMPDIFF(SECOND, bt.trx_started, NOW()) SECOND,
                                    '%Y-%m-%dT%H:%i:%sZ'), ', its transaction') END,
       CONCAT(p.COMMAND, ': ', COALESCE(p.INFO, 'no statement now, a transaction open')),
       CONCAT('KILL ', p.ID)
  FROM performance_schema.metadata_locks w
  JOIN performance_schema.threads wth ON wth.THREAD_ID = w.OWNER_THREAD_ID
  JOIN performance_schema.metadata_locks g
    ON g.OBJECT_TYPE = w.OBJECT_TYPE AND g.OBJECT_SCHEMA = w.OBJECT_SCHEMA AND g.OBJECT_NAME = w.OBJECT_NAME
   AND g.LOCK_STATUS = 'GRANTED' AND g.OWNER_THREAD_ID <> w.OWNER_THREAD_ID
  JOIN performance_schema.threads gth ON gth.THREAD_ID = g.OWNER_THREAD_ID
  JOIN information_schema.PROCESSLIST p ON p.ID = gth.PROCESSLIST_ID
  LEFT JOIN information_schema.INNODB_TRX bt ON bt.trx_mysql_thread_id = p.ID
 WHERE wth.PROCESSLIST_ID = :waiting AND w.LOCK_STATUS = 'PENDING' AND w.OBJECT_TYPE = 'TABLE'

-- name: blockers-4
-- Metadata lock waits without performance_schema (MariaDB's default): the server does not say who holds the lock,
-- only that the statement waits for it. Any other connection with a transaction open can hold it (it keeps the
-- tables it touched until it ends): those are named, as the likely holders.
SELECT NULL,
       CONCAT('connection ', p.ID, ' of user ', p.USER, ' from ', COALESCE(NULLIF(p.HOST, ''), 'a local socket'),
              ' (likely: it has a transaction open; the server does not say who holds a metadata lock)'),
       CONCAT(DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL TIMESTAMPDIFF(SECOND, bt.trx_started, NOW()) SECOND,
                          '%Y-%m-%dT%H:%i:%sZ'), ', its transaction'),
       CONCAT(p.COMMAND, ': ', COALESCE(p.INFO, 'no statement now, a transaction open')),
       CONCAT('KILL ', p.ID)
  FROM information_schema.PROCESSLIST w
  JOIN information_schema.INNODB_TRX bt ON bt.trx_mysql_thread_id <> w.ID
  JOIN information_schema.PROCESSLIST p ON p.ID = bt.trx_mysql_thread_id
 WHERE w.ID = :waiting AND w.STATE LIKE 'Waiting for table metadata lock%'
 ORDER BY bt.trx_started
