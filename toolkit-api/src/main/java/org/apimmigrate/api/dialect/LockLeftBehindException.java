package org.apimmigrate.api.dialect;

/**
 * The migration lock is held by a record that outlives its run (a lock row): a killed run leaves it behind, so the
 * refusal carries the statement that clears it, to run once no apim-migrate run works on the database any more.
 */
public class LockLeftBehindException extends MigrationLock.LockUnavailableException {

    private final String clearStatement;

    public LockLeftBehindException(String message, String clearStatement) {
        super(message);
        this.clearStatement = clearStatement;
    }

    /** The statement that clears the lock, e.g. {@code DELETE FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = '...'}. */
    public String clearStatement() {
        return clearStatement;
    }
}
