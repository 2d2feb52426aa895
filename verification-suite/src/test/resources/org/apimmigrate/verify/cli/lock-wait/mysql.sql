-- What another session does to hold a lock the pre-client phase waits for, per vendor.
-- [session-id]
SELECT CONNECTION_ID()
-- [hold]
-- An open transaction that touched AM_API keeps its metadata lock: ALTER TABLE AM_API waits for it.
SELECT API_ID FROM AM_API FOR UPDATE
