package org.apimmigrate.runner.report;

import java.util.List;

/** The report as GitHub-flavoured Markdown. */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
            } else if (b instanceof Block.Text t) {
                out.append(inline(t.text())).append("\n\n");
            } else if (b instanceof Block.Pairs p) {
                p.pairs().forEach(kv -> out.append("- **").append(inline(kv.get(0))).append("**: ")
                        .append(inline(kv.get(1))).append('\n'));
                out.append('\n');
            } else if (b instanceof Block.Table t) {
                table(out, t);
            } else if (b instanceof Block.Code c) {
                out.append("```\n").append(c.text().replace("```", "` ` `").stripTrailing()).append("\n```\n\n");
            } else if (b instanceof Block.Banner banner) {
                out.append("**").append(inline(banner.text())).append("**\n\n");
            } else if (b instanceof Block.Folded f) {
                out.append("<details><summary>").append(inline(f.summary())).append("</summary>\n\n```\n")
                        .append(f.text().replace("```", "` ` `").stripTrailing()).append("\n```\n\n</details>\n\n");
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(i -> out.append("- ").append(inline(i)).append('\n'));
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Block.Table t) {
        out.append("| ").append(String.join(" | ", t.headers().stream().map(MarkdownRenderer::cell).toList()))
                .append(" |\n|");
        t.headers().forEach(h -> out.append("---|"));
        out.append('\n');
        for (List<String> row : t.rows()) {
            out.append("| ").append(String.join(" | ", row.stream().map(MarkdownRenderer::cell).toList()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static String cell(String s) {
        return inline(s).replace("|", "\\|").replace("\n", "<br>");
    }

    /** Text as it should read, not as Markdown would interpret it. */
    private static String inline(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("*", "\\*").replace("<", "&lt;")
                .replace(">", "&gt;").replace("`", "\\`");
    }
}
