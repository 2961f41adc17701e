package dev.lede.extract;

import org.jsoup.nodes.Element;

/** Measures of how much of an element is running prose rather than links and labels. */
final class TextStats {
    /** An element with at least this much paragraph text outside links reads as prose. */
    static final int PROSE_CHARS = 400;

    private TextStats() {
    }

    /** The share of the element's text that sits inside links, 0 to 1. */
    static double linkDensity(Element e) {
        int total = Text.normalize(e.text()).length();
        if (total == 0) {
            return 0;
        }
        return Math.min(1, linkedChars(e) / (double) total);
    }

    /** Characters of paragraph text under {@code e}, not counting the text of links. */
    static int proseChars(Element e) {
        int chars = 0;
        for (Element p : e.select("p")) {
            chars += Math.max(0, Text.normalize(p.text()).length() - linkedChars(p));
        }
        return chars;
    }

    /** True when the element holds a good run of paragraphs with few links: an article, not a widget. */
    static boolean isProse(Element e) {
        return proseChars(e) >= PROSE_CHARS && linkDensity(e) < 0.35;
    }

    private static int linkedChars(Element e) {
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += Text.normalize(a.text()).length();
        }
        return linked;
    }
}
