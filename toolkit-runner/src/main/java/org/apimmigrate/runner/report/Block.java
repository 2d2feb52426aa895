package org.apimmigrate.runner.report;

import java.util.List;

/** One piece of a human-readable report, rendered alike as Markdown and as HTML. */
sealed interface Block {

    record Heading(int level, String text) implements Block {
    }

    /** The outcome, first thing on the page. */
    record Banner(String status, String text) implements Block {
    }

    record Text(String text) implements Block {
    }

    /** Label and value lines, e.g. "Outcome: DONE". */
    record Pairs(List<List<String>> pairs) implements Block {
    }

    record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    /** Preformatted text, e.g. SQL or a schema difference. */
    record Code(String text) implements Block {
    }

    /** Text folded away until opened (HTML {@code <details>}), e.g. a step's SQL. */
    record Folded(String summary, String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }
}
