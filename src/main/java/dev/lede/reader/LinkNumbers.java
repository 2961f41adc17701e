package dev.lede.reader;

import dev.lede.layout.LinkNotes;
import java.util.List;

/** The targets of the open article's numbered links, as layout numbers them: link [n] is entry n-1. */
final class LinkNumbers {
    private LinkNumbers() {
    }

    static List<String> of(Document doc) {
        return LinkNotes.targets(doc.article());
    }
}
