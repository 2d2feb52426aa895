package org.apimmigrate.runner.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.redact.Redactor;

/** Writes {@code report.json}, {@code report.md} and {@code report.html} into a folder; every byte is scrubbed. */
public final class ReportFiles {

    public static final String JSON = "report.json";
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";

    private ReportFiles() {
    }

    /** @return the HTML file, the one to open */
    public static Path write(Path dir, ReportDocument doc) {
        List<Block> layout = ReportLayout.of(doc);
        try {
            Files.createDirectories(dir);
            write(dir.resolve(JSON), json(doc));
            write(dir.resolve(MARKDOWN), MarkdownRenderer.render(layout));
            write(dir.resolve(HTML), HtmlRenderer.render(layout));
        } catch (IOException e) {
            throw Failure.usage("Cannot write the report into " + dir + ": " + e.getMessage(),
                    "Give a folder you may write to with --report-dir.");
        }
        return dir.resolve(HTML);
    }

    /** The document as report.json holds it, unscrubbed: scrub before it leaves the process. */
    public static String json(ReportDocument doc) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, Redactor.scrub(text), StandardCharsets.UTF_8);
    }
}
