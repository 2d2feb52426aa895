-- What another session does to hold a lock the pre-client phase waits for, per vendor.
-- [session-id]
SELECT pg_backend_pid()
-- [hold]
-- Row locks on every API: ALTER TABLE AM_API needs the table to itself and queues behind them.
SELECT API_ID FROM AM_API FOR UPDATE
-- [give-up-after]
-- The engine's lock timeout of this database's sessions, so a wait ends in a failure within the test.
ALTER DATABASE ${database} SET lock_timeout = '8s'
