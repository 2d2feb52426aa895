package org.apimmigrate.runner.guide;

import java.nio.file.Path;
import java.util.List;
import org.apimmigrate.runner.guide.progress.MigrationProgress.DatabaseStatus;

/**
 * One run of the checklist: its items in guide order, the databases it read, and what {@code --fix} did.
 *
 * @param fixed      one line per change {@code --fix} made, naming its backup
 * @param fixFailures one line per fix that could not be applied
 */
public record GuideReport(Path oldHome, Path newHome, List<ItemResult> items, List<DatabaseStatus> databases,
                          List<String> fixed, List<String> fixFailures) {

    public long count(Verdict v) {
        return items.stream().filter(i -> i.verdict() == v).count();
    }

    /** 0 when nothing is to do or wrong, 1 otherwise. */
    public int exitCode() {
        return items.stream().anyMatch(i -> i.verdict().open()) ? GuideCommand.EXIT_OPEN : GuideCommand.EXIT_DONE;
    }
}
