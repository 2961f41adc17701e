package dev.lede.extract;

import org.jsoup.nodes.Element;

/** Measures of how much of an element is running prose rather than links and labels. */
final class TextStats {
    /** An element with at least this much paragraph text outside links reads as prose. */
    static final int PROSE_CHARS = 400;
    /** Unlinked letters allowed beside links in an element that is still all links. */
    static final int MAX_LABEL_LETTERS = 12;

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

    /**
     * True when the element's text is links, give or take a short label such as "Read more:";
     * false when it has no links at all.
     */
    static boolean isAllLinks(Element e) {
        int linked = letters(e.select("a").text());
        int unlinked = letters(e.text()) - linked;
        return linked > 0 && unlinked <= MAX_LABEL_LETTERS && linked >= 2 * unlinked;
    }

    /** Letters and digits: what a label is measured in, ignoring spaces and punctuation. */
    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int linkedChars(Element e) {
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += Text.normalize(a.text()).length();
        }
        return linked;
    }
}
