package dev.lede.cli;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.layout.Layout;
import dev.lede.layout.LayoutOptions;
import dev.lede.layout.Layouter;
import dev.lede.layout.Line;
import dev.lede.layout.TextWidth;

/** The laid-out article as plain text: what the TUI shows, page after page, then the related list. */
final class TextFormat {
    /** Related titles and addresses sit under the number: "  1. ". */
    private static final String RELATED_INDENT = "     ";

    private TextFormat() {
    }

    static String format(Article article, int width) {
        return format(article, width, LayoutOptions.DEFAULT);
    }

    static String format(Article article, int width, LayoutOptions options) {
        Layout layout = Layouter.layout(article, width, options);
        StringBuilder out = new StringBuilder();
        for (Line line : layout.lines()) {
            out.append(line.text().stripTrailing()).append('\n');
        }
        if (!article.related().isEmpty() && !article.opensAsList()) { // a feed's or list's items are its body, links listed
            out.append("\nRelated articles\n");
            int n = 1;
            for (RelatedLink link : article.related()) {
                appendWrapped(out, String.format("%3d. ", n++), link.title(), width);
                out.append(RELATED_INDENT).append(link.url()).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code text} after {@code lead}, wrapped at {@code width} under its own first word. */
    private static void appendWrapped(StringBuilder out, String lead, String text, int width) {
        StringBuilder line = new StringBuilder(lead);
        int used = TextWidth.of(lead);
        boolean empty = true;
        for (String word : text.split(" ")) {
            int w = TextWidth.of(word);
            if (!empty && used + 1 + w > width) {
                out.append(line).append('\n');
                line = new StringBuilder(RELATED_INDENT);
                used = RELATED_INDENT.length();
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += w;
            empty = false;
        }
        out.append(line).append('\n');
    }
}
