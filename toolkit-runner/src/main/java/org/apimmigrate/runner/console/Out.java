package org.apimmigrate.runner.console;

import java.io.PrintWriter;
import org.apimmigrate.runner.redact.Redactor;

/** The command's standard output; every line passes through {@link Redactor}. */
public final class Out {

    private final PrintWriter writer;

    public Out(PrintWriter writer) {
        this.writer = writer;
    }

    public void line(String text) {
        writer.println(Redactor.scrub(text));
        writer.flush();
    }

    public void line() {
        writer.println();
        writer.flush();
    }

    /** Text without a line end, for a progress line that is redrawn in place. */
    public void partial(String text) {
        writer.print(Redactor.scrub(text));
        writer.flush();
    }
}
