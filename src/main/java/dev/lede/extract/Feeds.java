package dev.lede.extract;

import dev.lede.article.Article;
import java.util.Locale;

/**
 * RSS and Atom feeds: telling one from a web page, and reading one as an {@link Article}
 * whose related list holds the feed's items (title, address, date, summary). Pure and
 * thread-safe.
 */
public final class Feeds {
    /** How far into a document its root element is looked for. */
    static final int SNIFF_CHARS = 2048;

    private Feeds() {
    }

    /**
     * Whether a document is a feed: served as {@code application/rss+xml} or
     * {@code application/atom+xml}, or (whatever it was served as) its root element is
     * {@code <rss>}, {@code <feed>} or RSS 1.0's {@code <rdf:RDF>}.
     *
     * @param mediaType the media type without parameters, or {@code null}
     * @param text      the document
     */
    public static boolean isFeed(String mediaType, String text) {
        if ("application/rss+xml".equals(mediaType) || "application/atom+xml".equals(mediaType)) {
            return true;
        }
        String root = rootElement(text);
        return root != null && (root.equals("rss") || root.equals("feed") || root.equals("rdf"));
    }

    /** Whether a media type says XML (a document lede reads only when it is a feed). */
    public static boolean isXml(String mediaType) {
        return mediaType != null && (mediaType.equals("application/xml") || mediaType.equals("text/xml")
                || mediaType.endsWith("+xml") && !mediaType.equals("application/xhtml+xml"));
    }

    /**
     * Reads a feed.
     *
     * @param xml     the feed document
     * @param baseUri the feed's address (or file URI); relative item links resolve against it
     * @return the feed as an article: {@link Article#isFeed()} is true, its items are
     *         {@link Article#related()}, and its body lists them with their dates and summaries
     */
    public static Article read(String xml, String baseUri) {
        return FeedReader.read(xml, baseUri);
    }

    /**
     * The local name of the first element, lower case, skipping the XML declaration,
     * processing instructions, comments and a doctype; {@code null} when there is none near the start.
     */
    static String rootElement(String text) {
        int end = Math.min(text.length(), SNIFF_CHARS);
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c != '<') {
                return null;
            } else if (text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                if (close < 0) {
                    return null;
                }
                i = close + 3;
            } else if (text.startsWith("<?", i) || text.startsWith("<!", i)) {
                int close = text.indexOf('>', i + 2);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
            } else {
                int start = i + 1;
                int stop = start;
                while (stop < text.length() && isNameChar(text.charAt(stop))) {
                    stop++;
                }
                String name = text.substring(start, stop).toLowerCase(Locale.ROOT);
                int colon = name.indexOf(':');
                return colon >= 0 ? name.substring(colon + 1) : name;
            }
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }
}
