package org.apimmigrate.runner.console;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import org.apimmigrate.runner.redact.Redactor;

/** {@code %scrub(...)} in logback patterns: the log line with every known password masked. */
public final class ScrubbingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return Redactor.scrub(in);
    }
}
