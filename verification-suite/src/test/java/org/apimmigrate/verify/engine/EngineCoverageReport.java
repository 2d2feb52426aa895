package org.apimmigrate.verify.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apimmigrate.verify.engine.EngineCoverage.EngineRun;
import org.apimmigrate.verify.engine.EngineCoverage.VendorCoverage;

/** Writes {@link EngineCoverage} as {@code engines.json} (for later reports) and {@code engines.md} (for people). */
public final class EngineCoverageReport {

    private EngineCoverageReport() {
    }

    public static void write(Path dir, List<VendorCoverage> vendors) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("engines.json"), json(vendors), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("engines.md"), markdown(vendors), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(List<VendorCoverage> vendors) {
        StringBuilder out = new StringBuilder("{\n  \"generatedAt\": ").append(quote(Instant.now().toString()))
                .append(",\n  \"vendors\": [");
        for (int i = 0; i < vendors.size(); i++) {
            VendorCoverage v = vendors.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"vendor\": ").append(quote(v.vendorId()))
                    .append(", \"selected\": ").append(v.selected())
                    .append(", \"ran\": ").append(v.ran())
                    .append(", \"reasonNotRun\": ").append(v.reasonNotRun() == null ? "null" : quote(v.reasonNotRun()))
                    .append(", \"engines\": [");
            for (int j = 0; j < v.engines().size(); j++) {
                EngineRun e = v.engines().get(j);
                out.append(j == 0 ? "\n" : ",\n").append("      {\"tier\": ").append(quote(e.tier().name()))
                        .append(", \"version\": ").append(quote(e.version()))
                        .append(", \"origin\": ").append(quote(e.origin()))
                        .append(", \"isolation\": ").append(quote(e.isolation()))
                        .append(", \"description\": ").append(quote(e.description())).append('}');
            }
            out.append(v.engines().isEmpty() ? "]}" : "\n    ]}");
        }
        return out.append("\n  ]\n}\n").toString();
    }

    static String markdown(List<VendorCoverage> vendors) {
        StringBuilder out = new StringBuilder("# Engines of this verification run\n\n")
                .append("| vendor | selected | engines that ran | isolation |\n|---|---|---|---|\n");
        for (VendorCoverage v : vendors) {
            String engines = v.ran()
                    ? v.engines().stream().map(EngineRun::description).collect(Collectors.joining("<br>"))
                    : "**not certified here**: " + v.reasonNotRun();
            String isolation = v.engines().stream().map(EngineRun::isolation).distinct()
                    .collect(Collectors.joining("<br>"));
            out.append("| ").append(v.vendorId()).append(" | ").append(v.selected() ? "yes" : "no").append(" | ")
                    .append(cell(engines)).append(" | ").append(cell(isolation)).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
