-- The migration lock on Oracle: a DBMS_LOCK user lock in exclusive mode, kept across commits
-- (release_on_commit => FALSE) and freed when the session ends. Lock names are instance-wide, so the current
-- schema is part of the name. ALLOCATE_UNIQUE commits. REQUEST with timeout 0 answers at once: 0 granted,
-- 1 held by another session, 4 already held by this session. The user needs EXECUTE on DBMS_LOCK.

-- name: acquire
DECLARE
    lock_handle VARCHAR2(128);
BEGIN
    DBMS_LOCK.ALLOCATE_UNIQUE(SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') || '/' || :name, lock_handle);
    :result := DBMS_LOCK.REQUEST(lock_handle, DBMS_LOCK.X_MODE, timeout => 0, release_on_commit => FALSE);
    :lockhandle := lock_handle;
END;

-- name: release
BEGIN
    :result := DBMS_LOCK.RELEASE(:lockhandle);
END;
