package dev.lede.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/** Where an image really is (lazy-loading pages hide it) and whether it is worth showing. */
final class Images {
    /** Images this small (either side, in pixels) are icons, spacers or trackers. */
    static final int MIN_SIDE = 40;
    /** Where lazy-loading scripts keep the real address; a page sets these only when src is a stand-in. */
    private static final String[] LAZY_ATTRIBUTES = {"data-src", "data-lazy-src", "data-original", "data-url"};
    /** Candidate lists, read when no single address is given. */
    private static final String[] SRCSET_ATTRIBUTES = {"data-srcset", "data-lazy-srcset", "srcset"};

    private Images() {
    }

    /** The image's address, absolute, or {@code null} when it has none worth fetching. */
    static String source(Element img) {
        String src = null;
        for (String attribute : LAZY_ATTRIBUTES) {
            if (isAddress(img.attr(attribute))) {
                src = img.attr(attribute).strip();
                break;
            }
        }
        if (src == null && isAddress(img.attr("src"))) {
            src = img.attr("src").strip();
        }
        for (int i = 0; src == null && i < SRCSET_ATTRIBUTES.length; i++) {
            String first = firstCandidate(img.attr(SRCSET_ATTRIBUTES[i]));
            src = isAddress(first) ? first : null;
        }
        return src == null ? null : Links.resolve(img.baseUri(), src);
    }

    /**
     * Brings lazily loaded images into view before scripts, sources and {@code <noscript>} are
     * removed: a {@code <picture>}'s image without an address takes its first source's, and an
     * image kept in {@code <noscript>} replaces the stand-in beside it (or stands alone).
     */
    static void reveal(Element root) {
        for (Element img : Dom.byTag(root, "img")) {
            if (img == root || !img.parent().normalName().equals("picture")) {
                continue; // as "picture > img"
            }
            Element sourceElement = firstWith(Dom.byTag(img.parent(), "source"), "srcset");
            if (source(img) == null && sourceElement != null) {
                img.attr("data-srcset", sourceElement.attr("srcset"));
            }
        }
        for (Element noscript : Dom.byTag(root, "noscript")) {
            Element img = Dom.firstByTag(noscript, "img");
            if (img == null || noscript.parent() == null) {
                continue;
            }
            Element standIn = standIn(noscript);
            if (standIn == null) {
                noscript.before(img);
            } else if (source(standIn) == null) {
                standIn.replaceWith(img);
            }
        }
    }

    /** The script-driven image the page shows where the {@code <noscript>} image would be, if any. */
    private static Element standIn(Element noscript) {
        Element before = noscript.previousElementSibling();
        if (before != null && before.normalName().equals("img")) {
            return before;
        }
        if (before != null) {
            List<Element> images = Dom.byTag(before, "img");
            if (images.size() == 1) {
                return images.get(0);
            }
        }
        for (Element img : Dom.byTag(noscript.parent(), "img")) {
            if (!insideNoscript(img)) {
                return img;
            }
        }
        return null;
    }

    /** As {@code closest("noscript") != null} for an image. */
    private static boolean insideNoscript(Element img) {
        for (Element parent = img.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("noscript")) {
                return true;
            }
        }
        return false;
    }

    private static Element firstWith(List<Element> elements, String attribute) {
        for (Element e : elements) {
            if (e.hasAttr(attribute)) {
                return e;
            }
        }
        return null;
    }

    private static String firstCandidate(String srcset) {
        String s = srcset.strip();
        return s.isEmpty() ? "" : s.split("[\\s,]+")[0];
    }

    private static boolean isAddress(String value) {
        String v = value.strip();
        return !v.isEmpty() && !v.startsWith("data:") && !v.equals("#") && !v.startsWith("about:");
    }

    static boolean isDecoration(Element img) {
        return tiny(img.attr("width")) || tiny(img.attr("height")) || img.attr("role").equals("presentation");
    }

    private static boolean tiny(String size) {
        try {
            return !size.isBlank() && Integer.parseInt(size.strip().replace("px", "")) < MIN_SIDE;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
