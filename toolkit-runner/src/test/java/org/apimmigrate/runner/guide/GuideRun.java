package org.apimmigrate.runner.guide;

import org.apimmigrate.runner.report.ItemVerdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** One run of {@code apim-migrate guide} as the integrator wires it, with its exit code and output. */
final class GuideRun {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);

    final int exitCode;
    final String out;
    final String err;

    private GuideRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static GuideRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new GuideCommand(env, CLOCK));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new GuideRun(code, out.toString(), err.toString());
    }

    /** A JSON run on the two homes, plus any further options. */
    static GuideRun json(Homes h, Map<String, String> env, String... more) {
        List<String> args = new ArrayList<>(List.of("--old-home", h.oldHome.toString(), "--new-home",
                h.newHome.toString(), "--json"));
        args.addAll(List.of(more));
        return run(env, args.toArray(String[]::new));
    }

    static GuideRun text(Homes h, Map<String, String> env, String... more) {
        List<String> args = new ArrayList<>(List.of("--old-home", h.oldHome.toString(), "--new-home",
                h.newHome.toString()));
        args.addAll(List.of(more));
        return run(env, args.toArray(String[]::new));
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + out + err, e);
        }
    }

    /** The report's checklist section. */
    JsonNode checklist() {
        return json().get("checklist");
    }

    /** Why a database of the new deployment.toml could not be read (its CANNOT_READ finding), or null if it was. */
    String unreadable(String database) {
        String prefix = "database " + database + " ";
        String marker = ": could not be read: ";
        for (JsonNode f : checklist().get("findings")) {
            String message = f.get("message").asText();
            if (f.get("code").asText().equals("CANNOT_READ") && message.startsWith(prefix)) {
                return message.substring(message.indexOf(marker) + marker.length());
            }
        }
        return null;
    }

    /** Item id to verdict, in checklist order. */
    Map<String, ItemVerdict> verdicts() {
        Map<String, ItemVerdict> out = new LinkedHashMap<>();
        checklist().get("items").forEach(i -> out.put(i.get("id").asText(), ItemVerdict.valueOf(i.get("verdict").asText())));
        return out;
    }

    JsonNode item(String id) {
        for (JsonNode i : checklist().get("items")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no item " + id + " in " + out);
    }

    String detail(String id) {
        return item(id).get("detail").asText();
    }

    List<String> fixed() {
        List<String> out = new ArrayList<>();
        checklist().get("fixed").forEach(f -> out.add(f.asText()));
        return out;
    }

    int fixedCount() {
        return fixed().size();
    }

    /** For assertion messages: every item with its verdict and detail. */
    String describe() {
        StringBuilder s = new StringBuilder("exit " + exitCode + "\n");
        checklist().get("items").forEach(i -> s.append(i.get("verdict").asText()).append(' ').append(i.get("id").asText())
                .append(": ").append(i.get("detail").asText()).append('\n'));
        return s.append(err).toString();
    }
}
