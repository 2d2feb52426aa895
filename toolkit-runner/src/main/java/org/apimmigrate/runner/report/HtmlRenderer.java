package org.apimmigrate.runner.report;

import java.util.List;

/** The report as one self-contained HTML page: inline style, no scripts, nothing fetched from anywhere. */
final class HtmlRenderer {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:75rem;\
            padding:0 1rem;color:#1f2328;line-height:1.45}
            h1{border-bottom:2px solid #d0d7de;padding-bottom:.3rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de}
            table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
            th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}pre{background:#f6f8fa;padding:.75rem;overflow-x:auto;font-size:.8rem}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
            .PASS,.DONE,.UNCHANGED,.MIGRATED,.VERIFIED{color:#1a7f37;font-weight:600}
            .FAIL,.FAILED,.BLOCKED,.CHANGED,.GONE,.CHECKS_FAILED{color:#cf222e;font-weight:600}
            p,dd,li,td,summary{overflow-wrap:anywhere}pre{white-space:pre-wrap;overflow-wrap:anywhere}
            td.PASS,td.FAIL,td.DONE,td.FAILED,td.BLOCKED,td.UNCHANGED,td.CHANGED,td.GONE,td.MIGRATED,td.VERIFIED,\
            td.CHECKS_FAILED{white-space:nowrap}
            details{margin:.25rem 0 .75rem}summary{cursor:pointer;color:#0969da}
            .outcome-DONE{background:#dafbe1;border:1px solid #1a7f37}
            .outcome-BLOCKED,.outcome-FAILED,.outcome-CHECKS_FAILED,.outcome-USAGE_ERROR,.outcome-DATABASE_ERROR,\
            .outcome-INTERNAL_ERROR{background:#ffebe9;border:1px solid #cf222e}
            .outcome{padding:.5rem .75rem;font-size:1.2rem;font-weight:700;border-radius:6px}
            """;

    private HtmlRenderer() {
    }

    static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>apim-migrate report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        for (Block b : blocks) {
            if (b instanceof Block.Banner banner) {
                out.append("<p class=\"outcome outcome-").append(esc(banner.status())).append("\">")
                        .append(esc(banner.text())).append("</p>\n");
            } else if (b instanceof Block.Heading h) {
                out.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (b instanceof Block.Text t) {
                out.append("<p>").append(esc(t.text())).append("</p>\n");
            } else if (b instanceof Block.Pairs p) {
                out.append("<dl>\n");
                p.pairs().forEach(kv -> out.append("<dt>").append(esc(kv.get(0))).append("</dt><dd>")
                        .append(esc(kv.get(1))).append("</dd>\n"));
                out.append("</dl>\n");
            } else if (b instanceof Block.Table t) {
                table(out, t);
            } else if (b instanceof Block.Code c) {
                out.append("<pre>").append(escPre(c.text())).append("</pre>\n");
            } else if (b instanceof Block.Folded f) {
                out.append("<details><summary>").append(esc(f.summary())).append("</summary>\n<pre>")
                        .append(escPre(f.text())).append("</pre></details>\n");
            } else if (b instanceof Block.Bullets l) {
                out.append("<ul>\n");
                l.items().forEach(i -> out.append("<li>").append(esc(i)).append("</li>\n"));
                out.append("</ul>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** Columns whose values are outcomes, coloured; elsewhere such words are data (e.g. a lifecycle state BLOCKED). */
    private static final java.util.Set<String> OUTCOME_COLUMNS = java.util.Set.of("result", "state", "outcome",
            "verdict");

    private static void table(StringBuilder out, Block.Table t) {
        out.append("<table>\n<tr>");
        t.headers().forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String c = row.get(i) == null ? "" : row.get(i);
                boolean marked = i < t.headers().size() && OUTCOME_COLUMNS.contains(t.headers().get(i)) && c.matches("PASS|FAIL|DONE|FAILED|BLOCKED|UNCHANGED|CHANGED|GONE|MIGRATED|VERIFIED"
                        + "|CHECKS_FAILED");
                out.append(marked ? "<td class=\"" + c + "\">" : "<td>").append(esc(c)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static String escPre(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("\n", "<br>\n");
    }
}
