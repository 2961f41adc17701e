package dev.lede.cli;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import dev.lede.layout.MetaLine;
import java.util.List;

/**
 * The article as CommonMark (with a GitHub-style table): headline, standfirst and dateline,
 * then the body block by block, then the related articles. Text is not wrapped, so a Markdown
 * renderer reflows it; characters Markdown would read as syntax are escaped.
 */
final class MarkdownFormat {
    private MarkdownFormat() {
    }

    static String format(Article article) {
        StringBuilder out = new StringBuilder();
        if (!article.title().isBlank()) {
            out.append("# ").append(escape(article.title())).append("\n\n");
        }
        if (article.standfirst() != null && !article.standfirst().isBlank()) {
            out.append('*').append(escape(article.standfirst().strip())).append("*\n\n");
        }
        String meta = MetaLine.of(article);
        if (!meta.isEmpty()) {
            out.append(escape(meta)).append("\n\n");
        }
        if (article.url() != null) {
            out.append('<').append(article.url()).append(">\n\n");
        }
        for (Block block : article.body()) {
            block(block, out);
        }
        if (!article.related().isEmpty() && !article.opensAsList()) { // a feed's or list's items are its body, each a linked heading
            out.append("## Related articles\n\n");
            for (RelatedLink link : article.related()) {
                out.append("- [").append(escape(link.title())).append("](").append(destination(link.url()))
                        .append(")\n");
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void block(Block block, StringBuilder out) {
        if (block instanceof Block.Paragraph p) {
            out.append(inline(p.spans())).append("\n\n");
        } else if (block instanceof Block.Heading h) {
            out.append("#".repeat(Math.max(2, Math.min(6, h.level())))).append(' ').append(inline(h.spans()))
                    .append("\n\n");
        } else if (block instanceof Block.PullQuote q) {
            out.append("> *“").append(escape(q.text())).append("”*\n");
            if (q.attribution() != null && !q.attribution().isBlank()) {
                out.append(">\n> — ").append(escape(q.attribution())).append('\n');
            }
            out.append('\n');
        } else if (block instanceof Block.Quote q) {
            out.append(prefixed(nested(q.blocks()), "> ", "> "));
        } else if (block instanceof Block.ItemList list) {
            list(list, out);
        } else if (block instanceof Block.Figure f) {
            String alt = f.alt() == null ? "" : escape(f.alt());
            out.append(f.src() == null ? "[image: " + alt + "]" : "![" + alt + "](" + destination(f.src()) + ")");
            if (f.caption() != null && !f.caption().isBlank()) {
                out.append("\\\n*").append(escape(f.caption())).append('*');
            }
            out.append("\n\n");
        } else if (block instanceof Block.Preformatted pre) {
            String fence = pre.text().contains("```") ? "~~~~" : "```";
            out.append(fence).append('\n').append(pre.text().stripTrailing()).append('\n').append(fence).append("\n\n");
        } else if (block instanceof Block.Table t) {
            table(t, out);
        } else if (block instanceof Block.Rule) {
            out.append("---\n\n");
        }
    }

    private static String nested(List<Block> blocks) {
        StringBuilder inner = new StringBuilder();
        for (Block block : blocks) {
            block(block, inner);
        }
        return inner.toString().stripTrailing() + "\n";
    }

    private static void list(Block.ItemList list, StringBuilder out) {
        int number = list.start();
        for (List<Block> item : list.items()) {
            String marker = list.ordered() ? (number++) + ". " : "- ";
            String body = item.isEmpty() ? "\n" : nested(item);
            out.append(prefixed(body, marker, " ".repeat(marker.length())).replaceAll("\n+$", "\n"));
        }
        out.append('\n');
    }

    /** {@code text} with {@code first} before its first line and {@code rest} before every other non-empty one. */
    private static String prefixed(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String prefix = i == 0 ? first : rest;
            out.append(lines[i].isEmpty() ? prefix.stripTrailing() : prefix + lines[i]).append('\n');
        }
        return out.toString() + (first.startsWith(">") ? "\n" : "");
    }

    private static void table(Block.Table table, StringBuilder out) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        List<List<String>> rows = table.rows();
        int first = 0;
        if (table.header()) {
            row(rows.get(0), columns, out);
            first = 1;
        } else {
            row(List.of(), columns, out); // Markdown tables need a header row; an empty one stands in
        }
        out.append('|').append(" --- |".repeat(columns)).append('\n');
        for (int r = first; r < rows.size(); r++) {
            row(rows.get(r), columns, out);
        }
        out.append('\n');
    }

    private static void row(List<String> cells, int columns, StringBuilder out) {
        out.append('|');
        for (int c = 0; c < columns; c++) {
            String cell = c < cells.size() ? escape(cells.get(c)) : ""; // escape covers the pipe
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    private static String inline(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            String text = span.text();
            if (text.isBlank()) {
                out.append(text);
                continue;
            }
            // Emphasis markers must touch the words: keep the span's outer spaces outside them.
            String lead = text.substring(0, text.length() - text.stripLeading().length());
            String trail = text.substring(text.stripTrailing().length());
            String core = text.strip();
            String md = span.has(Span.Mark.CODE) ? code(core) : escape(core);
            if (span.has(Span.Mark.EMPHASIS) && !span.has(Span.Mark.CODE)) {
                md = "*" + md + "*";
            }
            if (span.has(Span.Mark.STRONG) && !span.has(Span.Mark.CODE)) {
                md = "**" + md + "**";
            }
            if (span.isLink()) {
                md = "[" + md + "](" + destination(span.href()) + ")";
            }
            out.append(lead).append(md).append(trail);
        }
        return out.toString().strip();
    }

    private static String code(String text) {
        String ticks = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return ticks + pad + text + pad + ticks;
    }

    /** A link destination: in angle brackets when it holds spaces or parentheses. */
    private static String destination(String url) {
        return url.matches(".*[\\s()<>].*") ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
    }

    /** Backslash-escapes the characters Markdown would take as syntax. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        // A line starting "1. ", "- " or "+ " would become a list.
        if (escaped.matches("^\\d+[.)] .*")) {
            escaped = escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
        } else if (escaped.startsWith("- ") || escaped.startsWith("+ ")) {
            escaped = "\\" + escaped;
        }
        return escaped;
    }
}
