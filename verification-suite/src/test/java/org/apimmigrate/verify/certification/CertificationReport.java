package org.apimmigrate.verify.certification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apimmigrate.verify.engine.EngineCoverage;
import org.apimmigrate.verify.engine.EngineCoverage.VendorCoverage;
import org.apimmigrate.verify.engine.Engines;

/**
 * Writes {@code <vendor>.json} and {@code <vendor>.md} per vendor and {@code summary.json}/{@code summary.md}: the
 * engine kind, engine and version, data size, every check with its figures, and timings. A vendor no real engine
 * certified is written as <b>not certified here</b>, with the reason, never as passed; what was verified of it
 * without an engine (the upgrade planned on paper, {@link PaperEvidence}) is written beside, as that and no more.
 */
final class CertificationReport {

    static final String CERTIFIED = "certified";
    static final String FAILED = "FAILED";
    static final String NOT_CERTIFIED = "not certified here";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CertificationReport() {
    }

    /** One vendor's verdict with what it rests on, and what was verified of it without an engine. */
    record VendorVerdict(String vendor, String verdict, String reason, List<EngineCertification> engines,
                         List<PaperEvidence> paper) {
    }

    static List<VendorVerdict> verdicts(List<EngineCertification> recorded) {
        List<VendorVerdict> out = new ArrayList<>();
        for (String vendor : Engines.ALL_VENDORS) {
            List<EngineCertification> engines = recorded.stream().filter(c -> c.vendorId().equals(vendor)).toList();
            if (engines.isEmpty()) {
                VendorCoverage coverage = EngineCoverage.of(vendor);
                String reason = !coverage.selected() ? "not selected (-Dapim.vendors)" : coverage.reasonNotRun();
                out.add(new VendorVerdict(vendor, NOT_CERTIFIED, reason, engines, PaperEvidence.of(vendor)));
            } else if (engines.stream().allMatch(EngineCertification::passed)) {
                out.add(new VendorVerdict(vendor, CERTIFIED, "", engines, PaperEvidence.of(vendor)));
            } else {
                out.add(new VendorVerdict(vendor, FAILED, "failed checks, see the vendor's report", engines,
                        PaperEvidence.of(vendor)));
            }
        }
        return out;
    }

    static void write(Path dir, List<EngineCertification> recorded) {
        List<VendorVerdict> verdicts = verdicts(recorded);
        try {
            Files.createDirectories(dir);
            for (VendorVerdict v : verdicts) {
                JSON.writeValue(dir.resolve(v.vendor() + ".json").toFile(), json(v));
                Files.writeString(dir.resolve(v.vendor() + ".md"), markdown(v));
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("generatedAt", Instant.now().toString());
            summary.put("vendors", verdicts.stream().map(CertificationReport::summaryLine).toList());
            JSON.writeValue(dir.resolve("summary.json").toFile(), summary);
            Files.writeString(dir.resolve("summary.md"), summaryMarkdown(verdicts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> summaryLine(VendorVerdict v) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("vendor", v.vendor());
        line.put("verdict", v.verdict());
        line.put("reason", v.reason());
        line.put("engines", v.engines().stream().map(e -> e.tier() + ": " + e.engine()).toList());
        line.put("verifiedWithoutEngine", v.paper().stream().map(p -> p.start() + ": " + p.figures()).toList());
        return line;
    }

    private static Map<String, Object> json(VendorVerdict v) {
        Map<String, Object> out = summaryLine(v);
        List<Map<String, Object>> engines = new ArrayList<>();
        for (EngineCertification e : v.engines()) {
            Map<String, Object> engine = new LinkedHashMap<>();
            engine.put("tier", e.tier());
            engine.put("engine", e.engine());
            engine.put("version", e.version());
            engine.put("dataSize", e.dataSize());
            engine.put("passed", e.passed());
            engine.put("checks", e.checks());
            engine.put("timingsMillis", e.timingsMillis());
            engines.add(engine);
        }
        out.put("engines", engines);
        if (!v.paper().isEmpty()) {
            Map<String, Object> paper = new LinkedHashMap<>();
            paper.put("scope", PaperEvidence.SCOPE);
            paper.put("starts", v.paper());
            out.put("verifiedWithoutEngine", paper);
        }
        return out;
    }

    static String markdown(VendorVerdict v) {
        StringBuilder md = new StringBuilder("# Certification: ").append(v.vendor()).append("\n\n**")
                .append(v.verdict()).append("**");
        if (!v.reason().isEmpty()) {
            md.append(": ").append(v.reason());
        }
        md.append("\n");
        if (!v.paper().isEmpty()) {
            md.append("\n## Verified without an engine\n\n").append(PaperEvidence.SCOPE).append("\n\n")
                    .append("| 3.2.0 start | differences from WSO2's 4.0.0 | blockers | refused statements |")
                    .append(" generators added | statements planned |\n|---|---|---|---|---|---|\n");
            for (PaperEvidence p : v.paper()) {
                md.append("| ").append(cell(p.start())).append(" | ").append(p.differences()).append(" | ")
                        .append(p.blockers()).append(" | ").append(p.refusedStatements()).append(" | ")
                        .append(p.generatorsAdded()).append(" | ").append(p.statements()).append(" |\n");
            }
            v.paper().stream().flatMap(p -> p.details().stream()).forEach(d -> md.append("\n- ").append(d));
            md.append("\n");
        }
        for (EngineCertification e : v.engines()) {
            md.append("\n## ").append(e.engine()).append("\n\n")
                    .append("- engine kind: ").append(e.tier()).append("\n- version: ").append(e.version())
                    .append("\n- data: ").append(e.dataSize()).append("\n\n| group | check | result | figures |\n")
                    .append("|---|---|---|---|\n");
            for (CheckResult c : e.checks()) {
                md.append("| ").append(c.group()).append(" | ").append(cell(c.name())).append(" | ")
                        .append(c.passed() ? "passed" : "**FAILED**" + (c.detail().isEmpty() ? "" : ": "
                                + cell(c.detail()))).append(" | ").append(cell(c.figures().toString())).append(" |\n");
            }
            md.append("\n| timing | ms |\n|---|---|\n");
            e.timingsMillis().forEach((what, ms) -> md.append("| ").append(what).append(" | ").append(ms)
                    .append(" |\n"));
        }
        return md.toString();
    }

    private static String summaryMarkdown(List<VendorVerdict> verdicts) {
        StringBuilder md = new StringBuilder("# Certification summary\n\n| vendor | verdict | engines | reason |")
                .append(" verified without an engine |\n|---|---|---|---|---|\n");
        for (VendorVerdict v : verdicts) {
            md.append("| ").append(v.vendor()).append(" | **").append(v.verdict()).append("** | ")
                    .append(cell(String.join("; ", v.engines().stream().map(e -> e.tier() + ": " + e.engine())
                            .toList()))).append(" | ").append(cell(v.reason())).append(" | ")
                    .append(cell(String.join("; ", v.paper().stream().map(p -> p.start() + ": " + p.figures())
                            .toList()))).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        String t = text.replace("|", "\\|").replace("\n", "<br>");
        return t.length() > 600 ? t.substring(0, 600) + " ..." : t;
    }
}
