package org.apimmigrate.runner.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.apimmigrate.runner.redact.Redactor;

/**
 * The command line's logging, set up in code: warnings to standard error as {@code LEVEL Logger: message}, every
 * known password masked; the verbose option ({@link Logging}) turns the toolkit's loggers to DEBUG. Reading an XML
 * configuration instead took a quarter of a second of every command's start. A {@code logback-test.xml} on the class
 * path (or a configuration file named by the system property) is left to logback.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || ConsoleLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ScrubbedLines layout = new ScrubbedLines();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        context.getLogger("org.apimmigrate").setLevel(Level.WARN);
        context.getLogger("com.zaxxer.hikari").setLevel(Level.OFF);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** One line per event, {@code LEVEL Logger: message}, and the stack trace of its exception if any; scrubbed. */
    static final class ScrubbedLines extends LayoutBase<ILoggingEvent> {

        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128);
            String level = event.getLevel().toString();
            line.append(level).append(" ".repeat(Math.max(0, 5 - level.length())));
            String logger = event.getLoggerName();
            line.append(' ').append(logger.substring(logger.lastIndexOf('.') + 1)).append(": ")
                    .append(event.getFormattedMessage()).append(System.lineSeparator());
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown)).append(System.lineSeparator());
            }
            return Redactor.scrub(line.toString());
        }
    }
}
