package org.apimmigrate.runner.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The reports earlier commands wrote into the folders of one --report-dir, oldest first; unreadable ones skipped. */
public record EarlierReports(List<ReportDocument> reports, List<String> folders) {

    private static final Logger LOG = LoggerFactory.getLogger(EarlierReports.class);

    public static EarlierReports in(Path dir, Path except) {
        List<ReportDocument> reports = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new EarlierReports(reports, folders);
        }
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (Stream<Path> children = Files.list(dir)) {
            for (Path folder : children.filter(Files::isDirectory).filter(p -> !p.equals(except)).sorted().toList()) {
                Path file = folder.resolve(ReportFiles.JSON);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    ReportDocument doc = json.readValue(file.toFile(), ReportDocument.class);
                    reports.add(withLists(doc));
                    folders.add(folder.getFileName().toString());
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Skipping the unreadable report {}", file, e);
                }
            }
        } catch (IOException e) {
            LOG.debug("Cannot list {}", dir, e);
        }
        return new EarlierReports(reports, folders);
    }

    private static ReportDocument withLists(ReportDocument d) {
        return d.repairs() != null ? d : new ReportDocument(d.schemaVersion(), d.tool(), d.toolVersion(), d.command(),
                d.generatedAt(), d.outcome(), d.summary(), d.databases(), d.preflight(), d.runs(), List.of(),
                d.verify(), d.data(), d.journal(), d.history(), d.checklist());
    }
}
