package org.apimmigrate.runner.guide.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The 4.0.0 start scripts, where the guide's one-time start flags must not stay behind. */
public final class ServerScripts {

    private static final List<String> SCRIPTS = List.of("api-manager.sh", "api-manager.bat");

    private ServerScripts() {
    }

    /** The scripts of the bin folder that carry the flag on a line that is not a comment. */
    public static List<String> carrying(Path bin, Pattern flag) {
        List<String> out = new ArrayList<>();
        for (String name : SCRIPTS) {
            Path script = bin.resolve(name);
            if (Files.isRegularFile(script) && carries(script, flag)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean carries(Path script, Pattern flag) {
        try {
            return Files.readAllLines(script).stream()
                    .filter(l -> !comment(l))
                    .anyMatch(l -> flag.matcher(l).find());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean comment(String line) {
        String t = line.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("#") || t.startsWith("rem ") || t.startsWith("::");
    }
}
