package dev.lede.reader;

import dev.lede.layout.Anchor;

/**
 * Where the reader was in an article: the exact top line at the size it was read at, and a
 * width-independent anchor for any other size.
 */
public record Place(Anchor anchor, int top, int measure, int textRows) {

    /** The place in {@code doc} now. */
    static Place of(Document doc) {
        return new Place(doc.anchor(), doc.top(), doc.layout().width(), doc.pages().height());
    }

    /** A place known only by its anchor (remembered from an earlier run): found by anchor at any size. */
    static Place anchoredAt(Anchor anchor) {
        return new Place(anchor, 0, -1, -1);
    }

    /** The top line for this place in {@code doc}: exact at the same size, by anchor otherwise. */
    int topIn(Document doc) {
        if (doc.layout().width() == measure && doc.pages().height() == textRows) {
            return top;
        }
        return doc.layout().indexOf(anchor);
    }
}
