package dev.lede.cli;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.layout.Layout;
import dev.lede.layout.LayoutOptions;
import dev.lede.layout.Layouter;
import dev.lede.layout.Line;

/** The laid-out article as plain text: what the TUI shows, page after page, then the related list. */
final class TextFormat {
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
        if (!article.related().isEmpty() && !article.isFeed()) { // a feed's items are its body, links listed
            out.append("\nRelated articles\n");
            int n = 1;
            for (RelatedLink link : article.related()) {
                out.append(String.format("%3d. %s%n     %s%n", n++, link.title(), link.url()));
            }
        }
        return out.toString();
    }
}
