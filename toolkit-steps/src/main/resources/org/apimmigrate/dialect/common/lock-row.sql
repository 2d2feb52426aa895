-- The migration lock as a row in APIM_MIGRATE_LOCK (see LockRow): plain SQL every vendor runs alike. The table is
-- created by the vendor's DDL from LockRow.MODEL. The insert fails at once on the primary key when another run holds
-- the lock; release deletes the row.

-- name: insert
INSERT INTO APIM_MIGRATE_LOCK (LOCK_NAME, OWNER, HOST, ACQUIRED_AT) VALUES (:name, :owner, :host, CURRENT_TIMESTAMP)

-- name: holder
SELECT OWNER, HOST, ACQUIRED_AT FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = :name

-- name: delete
DELETE FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = :name AND OWNER = :owner
