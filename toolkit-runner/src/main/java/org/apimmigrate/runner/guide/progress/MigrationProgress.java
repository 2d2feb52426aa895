package org.apimmigrate.runner.guide.progress;

import java.util.List;

/**
 * What the databases tell about the migration: the toolkit's journal (which SQL steps are done) and the marks that
 * WSO2's own tools leave behind. Every answer may be unknown, with the reason (e.g. a database that cannot be reached).
 */
public interface MigrationProgress extends AutoCloseable {

    /** The journal state of a toolkit step, read from the database the step works on. */
    Probe<JournalState> step(String stepId);

    /** Whether WSO2's identity component migration 5.10.0 -> 5.11.0 has run on the user-management database. */
    Probe<Boolean> identityMigrated();

    /** Whether WSO2's API-M migration client has run on WSO2AM_DB. */
    Probe<Boolean> clientRan();

    /** How many tenants besides the super tenant exist. */
    Probe<Long> tenants();

    /** How many registry resources SHARED_DB holds (0 when it has no registry tables). */
    Probe<Long> registryResources();

    /** Each database the checklist tried to reach, for the report. Never carries a password. */
    List<DatabaseStatus> databases();

    @Override
    void close();

    /** One database as the report shows it. */
    record DatabaseStatus(String name, String url, boolean reachable, String reason) {
    }
}
