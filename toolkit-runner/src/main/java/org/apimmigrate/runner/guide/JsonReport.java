package org.apimmigrate.runner.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apimmigrate.runner.guide.progress.MigrationProgress.DatabaseStatus;

/**
 * The checklist for automation. Field names and order are stable; verdicts are {@code DONE}, {@code TODO},
 * {@code WRONG} and {@code UNCHECKABLE}.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static void print(GuideReport r, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("oldHome", r.oldHome().toString());
        root.put("newHome", r.newHome().toString());
        root.put("exitCode", r.exitCode());
        ObjectNode summary = root.putObject("summary");
        summary.put("total", r.items().size());
        for (Verdict v : Verdict.values()) {
            summary.put(v.name().toLowerCase(java.util.Locale.ROOT), r.count(v));
        }
        ArrayNode dbs = root.putArray("databases");
        for (DatabaseStatus d : r.databases()) {
            ObjectNode n = dbs.addObject();
            n.put("name", d.name());
            n.put("url", d.url());
            n.put("reachable", d.reachable());
            n.put("reason", d.reason());
        }
        ArrayNode fixed = root.putArray("fixed");
        r.fixed().forEach(fixed::add);
        ArrayNode failures = root.putArray("fixFailures");
        r.fixFailures().forEach(failures::add);
        ArrayNode items = root.putArray("items");
        for (ItemResult i : r.items()) {
            ObjectNode n = items.addObject();
            n.put("id", i.id());
            n.put("phase", i.phase().id());
            n.put("phaseTitle", i.phase().title());
            n.put("title", i.title());
            n.put("verdict", i.verdict().name());
            n.put("detail", i.detail());
            n.put("fix", i.fixSnippet());
            n.put("autoFix", i.autoFix().map(Fix::description).orElse(null));
        }
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
