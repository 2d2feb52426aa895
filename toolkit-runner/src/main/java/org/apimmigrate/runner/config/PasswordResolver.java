package org.apimmigrate.runner.config;

import java.io.Console;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.runner.Failure;

/**
 * Finds each datasource's password. In order: the environment variable {@code APIM_MIGRATE_<DATASOURCE>_PASSWORD};
 * the configured value, with WSO2's {@code $env{VAR}} and {@code $sys{property}} placeholders resolved; for an
 * encrypted secure-vault value ({@code $secret{alias}}), which only the WSO2 server can decrypt, a prompt on the
 * terminal, or a clear error naming the variable to set when there is no terminal (or asking is not wanted).
 */
public final class PasswordResolver {

    private static final Pattern VARIABLE = Pattern.compile("^\\$(env|sys)\\{([^}]*)}$");

    private final Function<String, String> environment;
    /** Null where passwords are never asked for. */
    private final Supplier<Console> console;
    private final boolean askAlways;

    public PasswordResolver(Function<String, String> environment, Supplier<Console> console, boolean askAlways) {
        this.environment = environment;
        this.console = console;
        this.askAlways = askAlways;
    }

    public static PasswordResolver system(boolean askAlways) {
        return new PasswordResolver(System::getenv, System::console, askAlways);
    }

    /** Never asks: a password that only a prompt could give fails, naming the variable to set. */
    public static PasswordResolver withoutPrompt(Function<String, String> environment) {
        return new PasswordResolver(environment, null, false);
    }

    /**
     * @param configured the configured value, null where none was given
     * @param origin     where the datasource was defined, for messages
     */
    public Secret resolve(String datasource, String configured, String origin) {
        String variable = Datasource.passwordVariable(datasource);
        String fromEnvironment = environment.apply(variable);
        if (fromEnvironment != null) {
            return Secret.of(fromEnvironment);
        }
        if (configured == null) {
            return askAlways ? prompt(datasource, variable, "no password is configured") : Secret.none();
        }
        Optional<String> alias = SecretReferences.alias(configured);
        if (alias.isPresent()) {
            return prompt(datasource, variable, "it is an encrypted secure-vault secret ($secret{" + alias.get()
                    + "}) that only the WSO2 server can decrypt");
        }
        Matcher m = VARIABLE.matcher(configured.strip());
        if (!m.matches()) {
            return Secret.of(configured);
        }
        String key = m.group(2);
        return switch (m.group(1)) {
            case "env" -> {
                String v = environment.apply(key);
                if (v == null) {
                    throw Failure.usage("The password of " + origin + " is $env{" + key + "}, but the environment "
                            + "variable " + key + " is not set.", "Set " + key + " (or " + variable + ").");
                }
                yield Secret.of(v);
            }
            case "sys" -> {
                String v = System.getProperty(key);
                if (v == null) {
                    throw Failure.usage("The password of " + origin + " is $sys{" + key + "}, but the system "
                            + "property " + key + " is not set.", "Set " + variable + ", or run java with -D" + key
                            + "=... .");
                }
                yield Secret.of(v);
            }
            default -> throw new IllegalStateException("no placeholder " + m.group(1));
        };
    }

    private Secret prompt(String datasource, String variable, String why) {
        if (console == null) {
            throw Failure.usage("The password of " + datasource + " cannot be read: " + why + ".",
                    "Set the environment variable " + variable + " to the password.");
        }
        Console c = console.get();
        if (c == null) {
            throw Failure.usage("The password of " + datasource + " cannot be read: " + why + ", and there is no "
                    + "terminal to ask on.", "Set the environment variable " + variable + " to the password, or "
                    + "run on a terminal to be asked for it.");
        }
        char[] typed = c.readPassword("Password of %s (%s; or set %s): ", datasource, why, variable);
        if (typed == null) {
            throw Failure.usage("No password was entered for " + datasource + ".", "Set " + variable + ".");
        }
        return Secret.of(new String(typed));
    }
}
