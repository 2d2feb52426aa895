package org.apimmigrate.runner.command;

import org.apimmigrate.api.step.Phase;
import picocli.CommandLine;

/** {@code pre-client} / {@code post-client} on the command line. */
public final class PhaseConverter implements CommandLine.ITypeConverter<Phase> {

    @Override
    public Phase convert(String value) {
        try {
            return Phase.fromCliName(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
