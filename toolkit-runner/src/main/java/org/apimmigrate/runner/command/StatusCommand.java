package org.apimmigrate.runner.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.connect.Targets;
import org.jdbi.v3.core.Handle;
import picocli.CommandLine.Command;

@Command(name = "status", description = "Prints the journal each database keeps: every step this toolkit ran there, "
        + "when, with what result, and how many statements and rows. A step left RUNNING while no apim-migrate run "
        + "holds the database's migration lock is shown as INTERRUPTED: the run stopped there, and `migrate` resumes "
        + "it.")
final class StatusCommand extends DatabaseCommand {

    @Override
    protected int run(Targets targets) {
        Map<DatabaseRole, List<JournalEntry>> journals = targets.migrator(StepContext.MigrationOptions.defaults(),
                RunListener.NONE, StatementInterceptor.NONE).status();
        Set<DatabaseRole> interrupted = EnumSet.noneOf(DatabaseRole.class);
        journals.forEach((role, entries) -> {
            if (entries.stream().anyMatch(e -> e.status() == JournalEntry.Status.RUNNING)
                    && !liveRun(targets.get(role))) {
                interrupted.add(role);
            }
        });
        view().journal(journals, interrupted);
        return ExitCodes.OK;
    }

    /** Whether a run holds the migration lock now: if the lock can be taken (and is let go at once), none does. */
    private static boolean liveRun(ConnectedDatabase db) {
        try (Handle h = db.jdbi().open()) {
            try (MigrationLock.Held probe = db.vendor().lock().acquire(h, Migrator.LOCK_NAME)) {
                return false;
            } catch (MigrationLock.LockUnavailableException held) {
                return true;
            } catch (RuntimeException cannotTell) {
                return true; // e.g. no right to take the lock: claim nothing
            }
        }
    }
}
