package dev.lede.extract;

import dev.lede.article.RelatedLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The headlines of a page, in page order: links whose text reads as a headline (several words,
 * or set as a heading), outside the page's chrome ({@link PageChrome}), each with the card it
 * stands in (the largest box around it that holds no other headline), the teaser and time that
 * card shows, and the section heading it stands under. Same-site headlines come before links to
 * other sites. Found the way front pages, section pages, blog indexes and link aggregators are
 * built alike: a repeated box of headline, teaser and date under a few section headings.
 */
final class ListHeadlines {
    /** Words a link's text needs to read as a headline when it is not set as a heading. */
    static final int MIN_WORDS = 4;
    /** Words a linked heading needs (a one-word heading is a section name: "World"). */
    static final int MIN_HEADING_WORDS = 2;
    /** Longest headline kept whole, in characters; a longer link text is a card's whole text. */
    static final int MAX_TITLE_CHARS = 200;
    /** Longest text a card may hold, in characters: more is a part of the page, not one item's box. */
    static final int MAX_CARD_CHARS = 1200;
    /** Ancestors a card may reach above its headline. */
    static final int MAX_CARD_DEPTH = 5;
    /** Words a teaser needs. */
    static final int MIN_TEASER_WORDS = 5;
    /** Words of running text around a link that make it a reference in prose, not a headline. */
    static final int INLINE_CONTEXT_WORDS = 8;
    /** Most words of a section heading ("Top stories", "Science and environment"). */
    static final int MAX_SECTION_WORDS = 6;
    /** Most headlines read from one page. */
    static final int MAX_ITEMS = 300;
    /** Longest teaser kept, as for a feed's summaries. */
    static final int MAX_SUMMARY = FeedReader.MAX_SUMMARY;

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Link texts that are calls to action, not headlines, in the languages of the corpora. */
    private static final Pattern NOT_A_HEADLINE = Pattern.compile("(?i)^(read|continue|view|see|show|load|"
            + "click|more|weiterlesen|lire|leer|mehr|plus|sign|log|subscribe|register|skip|jump|back to|go to)\\b.*"
            + "|.*\\b(comments?|kommentare?|commentaires?|comentarios?)\\s*(\\(\\d+\\))?$|^\\d+\\s*\\S*$");
    /** Class words of a teaser box, where a card has no paragraph. */
    private static final Pattern TEASER_CLASS = Pattern.compile(
            "(?i)(summary|teaser|excerpt|dek|description|standfirst|intro|abstract|subtitle|lede|lead|snippet)");

    /** One headline as found: the link, its card and what the card shows. */
    record Found(Element link, Element card, boolean headed, String title, String url) {
    }

    private ListHeadlines() {
    }

    /**
     * The headline links of {@code body} in page order, one per address, chrome left out.
     *
     * @param pageUrl the page's own address (never a headline of itself), or {@code null}
     */
    static List<Found> find(Element body, String pageUrl, PageChrome chrome) {
        String self = pageUrl == null ? null : Links.withoutFragment(pageUrl);
        Map<String, Found> byUrl = new LinkedHashMap<>();
        for (Element a : Dom.byTag(body, "a")) {
            if (byUrl.size() >= MAX_ITEMS) {
                break;
            }
            // The cheap tests first: most links of a page are menus and references in prose.
            Element heading = heading(a);
            String title = title(a, heading);
            boolean headed = heading != null && words(title) >= MIN_HEADING_WORDS;
            if (title.isEmpty() || !headed && words(title) < MIN_WORDS || isInline(a)
                    || NOT_A_HEADLINE.matcher(title).matches() || chrome.within(a)) {
                continue;
            }
            String url = Links.absolute(a);
            if (url == null || !Links.isWeb(url)) {
                continue;
            }
            url = Links.withoutFragment(url);
            if (url.equals(self) || isSiteRoot(url, pageUrl) || byUrl.containsKey(url)) {
                continue;
            }
            byUrl.put(url, new Found(a, null, headed, clip(title), url));
        }
        return withCards(new ArrayList<>(byUrl.values()));
    }

    /** Each headline with its card: the largest ancestor that holds no other headline and is not too long. */
    private static List<Found> withCards(List<Found> found) {
        Map<Element, Integer> headlinesUnder = new IdentityHashMap<>();
        for (Found f : found) {
            int depth = 0;
            for (Element at = f.link().parent(); at != null && depth <= MAX_CARD_DEPTH; at = at.parent(), depth++) {
                headlinesUnder.merge(at, 1, Integer::sum);
            }
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Element card = f.link();
            int depth = 0;
            for (Element at = f.link().parent(); at != null && depth < MAX_CARD_DEPTH; at = at.parent(), depth++) {
                if (headlinesUnder.getOrDefault(at, 0) > 1 || at.normalName().equals("body")
                        || textLonger(at, MAX_CARD_CHARS)) {
                    break;
                }
                card = at;
            }
            out.add(new Found(f.link(), card, f.headed(), f.title(), f.url()));
        }
        return out;
    }

    /** Whether the text under {@code e} is longer than {@code limit} chars, counted only that far. */
    private static boolean textLonger(Element e, int limit) {
        int[] length = {0};
        e.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode text && length[0] <= limit) {
                length[0] += text.text().length();
            }
        });
        return length[0] > limit;
    }

    /** The items: each headline with its teaser, time and section, same-site ones first. */
    static List<RelatedLink> items(List<Found> found, Element body, String pageUrl, PageChrome chrome) {
        Map<Element, String> sections = sections(body, found, chrome);
        String site = Links.site(pageUrl);
        List<RelatedLink> own = new ArrayList<>();
        List<RelatedLink> others = new ArrayList<>();
        for (Found f : found) {
            RelatedLink item = new RelatedLink(f.title(), f.url(), time(f.card()), teaser(f), sections.get(f.link()));
            (site == null || site.equals(Links.site(f.url())) ? own : others).add(item);
        }
        own.addAll(others);
        return own;
    }

    /** The section heading each headline stands under: the last short heading before it that is no headline. */
    private static Map<Element, String> sections(Element body, List<Found> found, PageChrome chrome) {
        Map<Element, Found> byLink = new IdentityHashMap<>();
        Map<Element, Boolean> inCard = new IdentityHashMap<>();
        for (Found f : found) {
            byLink.put(f.link(), f);
            inCard.put(f.card(), true);
        }
        Map<Element, String> out = new HashMap<>();
        String current = null;
        for (Element e : Dom.all(body)) {
            if (byLink.containsKey(e)) {
                out.put(e, current);
            } else if (HEADINGS.contains(e.normalName()) && !e.normalName().equals("h1")) {
                String text = Text.normalize(e.text());
                int words = words(text);
                if (words >= 1 && words <= MAX_SECTION_WORDS && !holdsHeadline(e, byLink) && !inCardOf(e, inCard)
                        && !chrome.within(e)) {
                    current = text;
                }
            }
        }
        return out;
    }

    private static boolean holdsHeadline(Element heading, Map<Element, Found> byLink) {
        for (Element a : Dom.byTag(heading, "a")) {
            if (byLink.containsKey(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCardOf(Element e, Map<Element, Boolean> cards) {
        for (Element at = e; at != null; at = at.parent()) {
            if (cards.containsKey(at)) {
                return true;
            }
        }
        return false;
    }

    /** The teaser a card shows beside its headline: its first paragraph, or a box named as a teaser. */
    private static String teaser(Found f) {
        if (f.card() == f.link()) {
            return null;
        }
        String titleKey = Text.key(f.title());
        for (Element e : Dom.all(f.card())) {
            boolean candidate = e.normalName().equals("p")
                    || TEASER_CLASS.matcher(e.className()).find() && !Dom.hasMoreChildrenThan(e, 2);
            if (!candidate || e == f.link() || Dom.isInside(e, f.link()) || Dom.isInside(f.link(), e)
                    || HEADINGS.contains(e.normalName())) {
                continue;
            }
            String text = Text.normalize(e.text());
            if (words(text) >= MIN_TEASER_WORDS && !Text.key(text).equals(titleKey)) {
                return FeedReader.clip(text, MAX_SUMMARY);
            }
        }
        return null;
    }

    /** The date and time a card shows, from its {@code <time>}, as ISO-8601; {@code null} when it shows none. */
    private static String time(Element card) {
        Element time = Dom.firstByTag(card, "time");
        if (time == null) {
            return null;
        }
        String iso = Dates.normalize(time.attr("datetime"));
        return iso != null ? iso : Dates.normalize(Text.normalize(time.text()));
    }

    /**
     * Whether a link stands in running text: its paragraph says more than the link does (a
     * reference in an article's prose, not a headline of a list).
     */
    private static boolean isInline(Element a) {
        Element p = a.parent();
        while (p != null && !p.normalName().equals("p")) {
            p = p.parent();
        }
        if (p == null) {
            return false;
        }
        return words(Text.normalize(p.text())) - words(Text.normalize(a.text())) >= INLINE_CONTEXT_WORDS;
    }

    /** The heading the link is set in, or that is set in the link; {@code null} when neither. */
    private static Element heading(Element a) {
        for (Element at = a.parent(); at != null && !at.normalName().equals("body"); at = at.parent()) {
            if (HEADINGS.contains(at.normalName())) {
                return at;
            }
        }
        return headingUnder(a, 0);
    }

    /** The first heading under {@code e}, looked for a few levels deep (a link wraps a small card at most). */
    private static Element headingUnder(Element e, int depth) {
        if (depth > MAX_CARD_DEPTH) {
            return null;
        }
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (HEADINGS.contains(child.normalName())) {
                return child;
            }
            Element deeper = headingUnder(child, depth + 1);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** A link's headline: the heading it wraps, else its text; alt text of a lone image is no headline. */
    private static String title(Element a, Element heading) {
        if (heading != null && Dom.isInside(heading, a)) {
            return Text.normalize(heading.text());
        }
        return Text.normalize(a.text());
    }

    private static String clip(String title) {
        return FeedReader.clip(title, MAX_TITLE_CHARS);
    }

    /** Whether {@code url} is the home page of the site the page is on ("Home", the logo). */
    private static boolean isSiteRoot(String url, String pageUrl) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/?#]*", "");
        return (path.isEmpty() || path.equals("/")) && pageUrl != null
                && Links.site(url) != null && Links.site(url).equals(Links.site(pageUrl));
    }

    /** Words in {@code text}; in scripts written without spaces (Chinese, Japanese), two characters count as one. */
    static int words(String text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isIdeographic(c) || c >= '\u3040' && c <= '\u30FF') { // kanji, hiragana, katakana
                unspaced++;
                inWord = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words + unspaced / 2;
    }

    /** The lower-case host of {@code url} without "www.", or {@code null}. */
    static String host(String url) {
        String site = Links.site(url);
        return site == null ? null : site.toLowerCase(Locale.ROOT);
    }
}
