package org.apimmigrate.runner.guide;

import java.util.Optional;

/**
 * One checklist item's verdict.
 *
 * @param detail     what was found; never a password or secret value
 * @param fixSnippet the one command or configuration snippet that fixes it (empty when nothing is to do)
 * @param fix        a safe mechanical repair {@code --fix} may run, or null
 */
public record ItemResult(String id, String title, GuidePhase phase, Verdict verdict, String detail, String fixSnippet,
                         Fix fix) {

    public Optional<Fix> autoFix() {
        return Optional.ofNullable(fix);
    }
}
