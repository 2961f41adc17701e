package dev.lede.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
        for (Element p : Dom.byTag(e, "p")) {
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
        LetterCount count = new LetterCount();
        NodeTraversor.traverse(count, e);
        int linked = count.linked;
        int unlinked = count.all - linked;
        return linked > 0 && unlinked <= MAX_LABEL_LETTERS && linked >= 2 * unlinked;
    }

    /**
     * Letters and digits, what a label is measured in (ignoring spaces and punctuation): in all
     * the text, and in the text of links, where a link inside a link counts its letters again.
     * Counted from the text nodes in one walk, not from the elements' text made for each link.
     */
    private static final class LetterCount implements NodeVisitor {
        int all;
        int linked;
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                int n = letters(t.getWholeText());
                all += n;
                linked += n * linkDepth;
            } else if (isLink(node)) {
                linkDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (isLink(node)) {
                linkDepth--;
            }
        }

        private static boolean isLink(Node node) {
            return node instanceof Element e && e.normalName().equals("a");
        }

        private static int letters(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetterOrDigit(s.charAt(i))) {
                    n++;
                }
            }
            return n;
        }
    }

    private static int linkedChars(Element e) {
        int linked = 0;
        for (Element a : Dom.byTag(e, "a")) {
            linked += Text.normalize(a.text()).length();
        }
        return linked;
    }
}
