package dev.lede.extract;

import org.jsoup.nodes.Element;

/** Where an image really is (lazy-loading pages hide it) and whether it is worth showing. */
final class Images {
    /** Images this small (either side, in pixels) are icons, spacers or trackers. */
    static final int MIN_SIDE = 40;
    private static final String[] LAZY_ATTRIBUTES = {"data-src", "data-lazy-src", "data-original", "data-url", "data-srcset", "srcset"};

    private Images() {
    }

    static String source(Element img) {
        String src = img.attr("src");
        if (src.isBlank() || src.startsWith("data:")) {
            for (String attribute : LAZY_ATTRIBUTES) {
                String candidate = img.attr(attribute).strip();
                if (!candidate.isEmpty()) {
                    src = candidate.split("[\\s,]+")[0];
                    break;
                }
            }
        }
        if (src.isBlank() || src.startsWith("data:")) {
            return null;
        }
        return Links.resolve(img.baseUri(), src);
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
