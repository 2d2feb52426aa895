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
            .PASS,.DONE{color:#1a7f37;font-weight:600}.FAIL,.FAILED,.BLOCKED{color:#cf222e;font-weight:600}
            """;

    private HtmlRenderer() {
    }

    static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>apim-migrate report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
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
            } else if (b instanceof Block.Bullets l) {
                out.append("<ul>\n");
                l.items().forEach(i -> out.append("<li>").append(esc(i)).append("</li>\n"));
                out.append("</ul>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder out, Block.Table t) {
        out.append("<table>\n<tr>");
        t.headers().forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (String cell : row) {
                String c = cell == null ? "" : cell;
                boolean marked = c.matches("PASS|FAIL|DONE|FAILED|BLOCKED");
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
