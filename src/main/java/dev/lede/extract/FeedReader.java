package dev.lede.extract;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0 (and 0.9x, 1.0) and Atom 1.0 with jsoup's XML parser. Forgiving like a
 * feed reader must be: elements are found by local name whatever prefix they carry, an item
 * without a usable link is left out (there is nothing to open), and HTML in titles and
 * summaries is reduced to its text.
 */
final class FeedReader {
    /** Longest summary kept, in characters: a list shows a line or two, the article has the rest. */
    static final int MAX_SUMMARY = 300;
    /** How much of its summary names an item that has no title. */
    static final int UNTITLED_CHARS = 80;
    /** Most items read from one feed. */
    static final int MAX_ITEMS = 500;

    /** An item's date as the list shows it: "28 November 2026". */

    private FeedReader() {
    }

    static Article read(String xml, String baseUri) {
        Document doc = Jsoup.parse(xml, baseUri, Parser.xmlParser());
        Element root = doc.children().isEmpty() ? null : doc.child(0);
        return root != null && localName(root).equalsIgnoreCase("feed") ? atom(root, baseUri) : rss(doc, baseUri);
    }

    private static Article rss(Document doc, String baseUri) {
        Element channel = first(doc, "channel");
        Element feed = channel != null ? channel : doc;
        String site = link(textOf(feed, "link"), baseUri);
        String base = itemBase(baseUri, site);
        List<RelatedLink> items = new ArrayList<>();
        for (Element item : all(doc, "item")) {
            String url = link(textOf(item, "link"), base);
            Element guid = child(item, "guid");
            if (url == null && guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false")) {
                url = link(guid.text(), base);
            }
            String summary = textOf(item, "description");
            if (summary == null) {
                summary = textOf(item, "encoded"); // content:encoded
            }
            String date = textOf(item, "pubDate");
            add(items, title(textOf(item, "title"), true), url,
                    FeedDates.normalize(date != null ? date : textOf(item, "date")), summary);
        }
        String published = textOf(feed, "lastBuildDate");
        return article(plain(textOf(feed, "title"), true), site, plain(textOf(feed, "description"), true),
                FeedDates.normalize(published != null ? published : textOf(feed, "pubDate")),
                textOf(feed, "language"), items);
    }

    private static Article atom(Element feed, String baseUri) {
        String base = xmlBase(feed, baseUri);
        base = itemBase(base, atomLink(feed, base));
        List<RelatedLink> items = new ArrayList<>();
        for (Element entry : all(feed, "entry")) {
            String entryBase = xmlBase(entry, base);
            String summary = atomText(child(entry, "summary"));
            if (summary == null) {
                summary = atomText(child(entry, "content"));
            }
            String date = textOf(entry, "published");
            add(items, atomText(child(entry, "title")), atomLink(entry, entryBase),
                    FeedDates.normalize(date != null ? date : textOf(entry, "updated")), summary);
        }
        String lang = feed.attr("xml:lang");
        return article(atomText(child(feed, "title")), atomLink(feed, base), atomText(child(feed, "subtitle")),
                FeedDates.normalize(textOf(feed, "updated")), lang.isBlank() ? null : lang, items);
    }

    private static void add(List<RelatedLink> items, String title, String url, String published, String summary) {
        if (url == null || items.size() >= MAX_ITEMS) {
            return;
        }
        String text = plain(summary, true);
        String shown = title != null && !title.isBlank() ? title : text != null ? clip(text, UNTITLED_CHARS) : url;
        items.add(new RelatedLink(shown, url, published, text == null ? null : clip(text, MAX_SUMMARY)));
    }

    private static Article article(String title, String site, String description, String published, String lang,
                                   List<RelatedLink> items) {
        String name = title != null && !title.isBlank() ? title : Links.site(site);
        List<Block> body = ItemBlocks.of(items, null, "This feed has no items.");
        return new Article(null, name == null ? "" : name, name, null, published, lang, description, body, items,
                null, true);
    }

    /** At most {@code max} characters, cut at a space when there is one near the end, with an ellipsis. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** An Atom text construct as plain text: {@code type="html"} and {@code "xhtml"} lose their markup. */
    private static String atomText(Element element) {
        if (element == null) {
            return null;
        }
        String type = element.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("xhtml")) {
            return plain(element.text(), false);
        }
        return type.equals("html") || type.endsWith("/html") ? plain(element.wholeText(), true)
                : plain(element.wholeText(), false);
    }

    /** A title: RSS titles are plain text by the letter, yet often carry escaped markup. */
    private static String title(String text, boolean mayBeHtml) {
        return plain(text, mayBeHtml && looksLikeMarkup(text));
    }

    private static boolean looksLikeMarkup(String text) {
        return text != null && (text.matches("(?s).*<[a-zA-Z/!].*") || text.matches("(?s).*&(#\\d+|#x[0-9a-fA-F]+|\\w+);.*"));
    }

    /** Text on one line, whitespace collapsed; markup reduced to its text when {@code html}; {@code null} when empty. */
    private static String plain(String text, boolean html) {
        if (text == null) {
            return null;
        }
        String flat = html && looksLikeMarkup(text) ? Jsoup.parse(text).text() : text;
        flat = flat.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? null : flat;
    }

    /** The entry's (or feed's) web page: {@code <link rel="alternate">}, or a link without rel. */
    private static String atomLink(Element parent, String base) {
        String fallback = null;
        for (Element link : parent.children()) {
            if (!localName(link).equals("link")) {
                continue;
            }
            String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
            if (rel.isEmpty() || rel.equals("alternate")) {
                String href = link(link.attr("href"), base);
                if (href != null && (rel.equals("alternate") || fallback == null)) {
                    if (rel.equals("alternate") && link.attr("type").toLowerCase(Locale.ROOT).contains("html")) {
                        return href;
                    }
                    fallback = fallback == null ? href : fallback;
                }
            }
        }
        return fallback;
    }

    /**
     * What item links resolve against: the feed's address, but for a feed read from a file, the
     * web site it names, so its relative links still lead somewhere.
     */
    private static String itemBase(String feedAddress, String site) {
        return Links.isWeb(feedAddress) || site == null || !Links.isWeb(site) ? feedAddress : site;
    }

    private static String xmlBase(Element element, String base) {
        String declared = element.attr("xml:base").strip();
        return declared.isEmpty() ? base : Links.resolve(base, declared);
    }

    /** An absolute address for a link as written, or {@code null} when there is none. */
    private static String link(String written, String base) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String resolved = base == null || base.isBlank() ? written.strip() : Links.resolve(base, written);
        return resolved.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? resolved : null;
    }

    private static String textOf(Element parent, String name) {
        Element child = child(parent, name);
        if (child == null) {
            return null;
        }
        String text = child.wholeText().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The first child element named {@code name}, else the first with that local name under any
     * prefix ({@code content:encoded}, {@code dc:date}); {@code null} when there is none. An
     * unprefixed element wins, so RSS's {@code <link>} is not mistaken for an {@code <atom:link>}.
     */
    private static Element child(Element parent, String name) {
        Element prefixed = null;
        for (Element child : parent.children()) {
            if (child.tagName().equalsIgnoreCase(name)) {
                return child;
            }
            if (prefixed == null && localName(child).equalsIgnoreCase(name)) {
                prefixed = child;
            }
        }
        return prefixed;
    }

    private static Element first(Element root, String name) {
        for (Element element : root.getAllElements()) {
            if (element.tagName().equalsIgnoreCase(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> all(Element root, String name) {
        List<Element> found = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && localName(element).equalsIgnoreCase(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String localName(Element element) {
        String name = element.tagName();
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }
}
