package org.apimmigrate.runner.guide.fix;

import java.io.IOException;
import java.util.List;

/**
 * A safe, mechanical repair of one checklist item, run only with {@code --fix}. Every file it changes or replaces is
 * first copied by {@link Backups}.
 */
public interface Fix {

    /** What the fix will do, for the report before it runs. */
    String description();

    /** Carries the fix out; returns one line per change, naming the backups it kept. */
    List<String> apply(Backups backups) throws IOException;
}
