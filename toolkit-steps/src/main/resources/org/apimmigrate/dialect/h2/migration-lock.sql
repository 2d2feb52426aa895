-- The migration lock on H2: a row in APIM_MIGRATE_LOCK (H2 has no session lock the toolkit can use). The insert
-- fails at once on the primary key when another run holds the lock; release deletes the row. A killed run leaves
-- its row: the next run on the same host reclaims it once that process is gone (else clear it with
-- DELETE FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = '<name>').

-- name: table-exists
SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = 'APIM_MIGRATE_LOCK'

-- name: create-table
CREATE TABLE APIM_MIGRATE_LOCK (
    LOCK_NAME VARCHAR(128) NOT NULL,
    OWNER VARCHAR(255) NOT NULL,
    HOST VARCHAR(255) NOT NULL,
    ACQUIRED_AT TIMESTAMP NOT NULL,
    PRIMARY KEY (LOCK_NAME)
)

-- name: insert
INSERT INTO APIM_MIGRATE_LOCK (LOCK_NAME, OWNER, HOST, ACQUIRED_AT) VALUES (:name, :owner, :host, CURRENT_TIMESTAMP)

-- name: holder
SELECT OWNER, HOST, ACQUIRED_AT FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = :name

-- name: delete
DELETE FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = :name AND OWNER = :owner
