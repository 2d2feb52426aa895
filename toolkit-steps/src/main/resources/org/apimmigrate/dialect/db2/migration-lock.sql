-- The migration lock on DB2: a row in APIM_MIGRATE_LOCK (DB2 has no session lock the toolkit can use). The insert
-- fails at once on the primary key when another run holds the lock; release deletes the row. A killed run leaves
-- its row: clear it with DELETE FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = '<name>'.

-- name: table-exists
SELECT COUNT(*) FROM SYSCAT.TABLES WHERE TABSCHEMA = CURRENT SCHEMA AND TABNAME = 'APIM_MIGRATE_LOCK'

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
