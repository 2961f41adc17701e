package dev.lede.reader;

import dev.lede.article.Article;
import dev.lede.layout.Anchor;

/**
 * Where the reader was in an article: the exact top line at the size it was read at, and a
 * width-independent anchor for any other size; and which reading of the page was shown (the
 * article, or its list of headlines: {@code L}), so that coming back shows the same one.
 *
 * @param shown the kind of the reading shown, or {@code null} when not known (the page's own choice)
 */
public record Place(Anchor anchor, int top, int measure, int textRows, Article.Kind shown) {

    /** The place in {@code doc} now. */
    static Place of(Document doc) {
        return new Place(doc.anchor(), doc.top(), doc.layout().width(), doc.pages().height(), doc.article().kind());
    }

    /** A place known only by its anchor (remembered from an earlier run): found by anchor at any size. */
    static Place anchoredAt(Anchor anchor) {
        return new Place(anchor, 0, -1, -1, null);
    }

    /** {@code article} in the reading this place showed, when it has that reading; else as it is. */
    Article inReading(Article article) {
        if (shown == null || article.kind() == shown) {
            return article;
        }
        Article other = article.toggled();
        return other != null && other.kind() == shown ? other : article;
    }

    /** The top line for this place in {@code doc}: exact at the same size, by anchor otherwise. */
    int topIn(Document doc) {
        if (doc.layout().width() == measure && doc.pages().height() == textRows) {
            return top;
        }
        return doc.layout().indexOf(anchor);
    }
}
