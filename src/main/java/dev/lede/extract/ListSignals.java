package dev.lede.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What tells a list page from an article, measured on the page: how much running prose it
 * holds outside its headline cards, how much of its text is links, how many of its headlines
 * are set as headings or stand in repeated cards, and what its metadata declares
 * ({@code og:type}, schema.org types in JSON-LD). Never the address.
 *
 * @param headlines     headline links found
 * @param headed        headlines set as (or wrapping) a heading
 * @param carded        headlines whose card repeats: its parent holds sibling cards of the same shape
 * @param offSite       headlines linking to other sites
 * @param proseWords    words in paragraphs of running text outside the headline cards
 * @param linkShare     share of the page's text (chrome left out) that is link text, 0 to 1
 * @param declaresList  JSON-LD declares a collection: {@code CollectionPage}, {@code ItemList}, ...
 * @param declaresArticle JSON-LD declares an article, or {@code og:type} is {@code article}
 * @param showsHeadline the page shows one article's headline: an {@code h1} of several words that is
 *                      no link (a front page's {@code h1} is its name, or a link to its lead story)
 */
record ListSignals(int headlines, int headed, int carded, int offSite, int proseWords, double linkShare,
                   boolean declaresList, boolean declaresArticle, boolean showsHeadline) {

    /** Where an article's headline is set: {@code h1}, or a lower heading that repeats the page's title. */
    private static final Set<String> TITLE_HEADINGS = Set.of("h1", "h2", "h3");
    /** Words of an article's own headline, at least. */
    static final int HEADLINE_WORDS = 5;

    /** Words a paragraph needs to count as running prose (a teaser or a caption is shorter). */
    static final int PROSE_PARAGRAPH_WORDS = 30;
    /** Sibling cards of one shape that make a repeated structure. */
    static final int REPEATED_CARDS = 3;

    private static final Pattern LD_JSON = Pattern.compile("(?i)application/ld\\+json");
    private static final Pattern SCHEMA_PREFIX = Pattern.compile("^https?://schema\\.org/");
    private static final Set<String> LIST_TYPES = Set.of("CollectionPage", "ItemList", "SearchResultsPage",
            "Blog");
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
            "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
            "ReviewNewsArticle", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting", "Recipe", "Review");
    /** Nesting of JSON-LD objects looked into. */
    private static final int MAX_LD_DEPTH = 3;

    static ListSignals measure(Document doc, Element body, List<ListHeadlines.Found> found, String pageUrl,
                               PageChrome chrome) {
        String site = Links.site(pageUrl);
        int headed = 0;
        int offSite = 0;
        Map<Element, Boolean> cards = new IdentityHashMap<>();
        for (ListHeadlines.Found f : found) {
            headed += f.headed() ? 1 : 0;
            offSite += site != null && !site.equals(Links.site(f.url())) ? 1 : 0;
            cards.put(f.card(), true);
        }
        int carded = 0;
        for (ListHeadlines.Found f : found) {
            carded += repeats(f.card(), cards) ? 1 : 0;
        }
        int[] words = words(body, cards, chrome);
        boolean[] declared = declared(doc);
        MetaTags meta = MetaTags.read(doc);
        String ogType = meta.get("og:type");
        boolean ogArticle = ogType != null && ogType.toLowerCase(Locale.ROOT).strip().equals("article");
        return new ListSignals(found.size(), headed, carded, offSite, words[2],
                words[0] == 0 ? 0 : (double) words[1] / words[0], declared[0], declared[1] || ogArticle,
                showsHeadline(body, pageUrl, titleKeys(doc, meta)));
    }

    /**
     * Whether an {@code h1} of several words is no link, or links to the page itself (the
     * permalink many blog themes put on a post's title). The page's header is not ruled out:
     * articles set their headline in one as often as sites set their name there.
     */
    private static boolean showsHeadline(Element body, String pageUrl, List<String> titles) {
        String self = pageUrl == null ? null : Links.withoutFragment(pageUrl);
        for (Element h1 : Dom.byTags(body, TITLE_HEADINGS)) {
            String text = Text.normalize(h1.text());
            if (ListHeadlines.words(text) < HEADLINE_WORDS || h1.closest("form") != null
                    || !h1.normalName().equals("h1") && !namesThePage(Text.key(text), titles)) {
                continue;
            }
            Element link = h1.closest("a");
            List<Element> inner = Dom.byTag(h1, "a");
            if (link == null && inner.size() == 1) {
                link = inner.get(0);
            }
            String target = link == null ? null : Links.absolute(link);
            if (link == null && inner.isEmpty() || target != null && Links.withoutFragment(target).equals(self)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the page's titles ({@code <title>}, {@code og:title}), which an article's headline repeats. */
    private static List<String> titleKeys(Document doc, MetaTags meta) {
        List<String> keys = new ArrayList<>();
        keys.add(Text.key(doc.title()));
        String og = meta.get("og:title");
        if (og != null) {
            keys.add(Text.key(og));
        }
        return keys;
    }

    private static boolean namesThePage(String headingKey, List<String> titles) {
        for (String title : titles) {
            if (!headingKey.isEmpty() && title.contains(headingKey)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the card's parent holds other cards of its shape (same tag and class). */
    private static boolean repeats(Element card, Map<Element, Boolean> cards) {
        Element parent = card.parent();
        if (parent == null) {
            return false;
        }
        int alike = 0;
        for (Element sibling : Dom.children(parent)) {
            if (cards.containsKey(sibling) && sibling.normalName().equals(card.normalName())
                    && sibling.className().equals(card.className())) {
                alike++;
            }
        }
        if (alike >= REPEATED_CARDS) {
            return true;
        }
        // A card inside a list item or grid cell: the cells repeat, one card each.
        Element grand = parent.parent();
        if (grand == null || Dom.children(parent).size() != 1) {
            return false;
        }
        int cells = 0;
        for (Element cell : Dom.children(grand)) {
            if (cell.normalName().equals(parent.normalName()) && holdsCard(cell, cards)) {
                cells++;
            }
        }
        return cells >= REPEATED_CARDS;
    }

    private static boolean holdsCard(Element cell, Map<Element, Boolean> cards) {
        for (Element child : Dom.children(cell)) {
            if (cards.containsKey(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of the page outside its chrome: all, in links, and in paragraphs of running prose
     * outside the headline cards.
     */
    private static int[] words(Element body, Map<Element, Boolean> cards, PageChrome chrome) {
        int all = 0;
        int linked = 0;
        int prose = 0;
        ArrayDeque<Node> pending = new ArrayDeque<>();
        ArrayDeque<Boolean> inLink = new ArrayDeque<>();
        pending.push(body);
        inLink.push(false);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            boolean link = inLink.pop();
            if (node instanceof TextNode text) {
                int n = ListHeadlines.words(text.text());
                all += n;
                linked += link ? n : 0;
                continue;
            }
            if (!(node instanceof Element e) || e != body && chrome.is(e)) {
                continue;
            }
            if (e.normalName().equals("p") && !link && !insideCard(e, cards)) {
                int n = ListHeadlines.words(ownProse(e));
                prose += n >= PROSE_PARAGRAPH_WORDS ? n : 0;
            }
            boolean childLink = link || e.normalName().equals("a");
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                pending.push(e.childNode(i));
                inLink.push(childLink);
            }
        }
        return new int[] {all, linked, prose};
    }

    /** A paragraph's text outside its links. */
    private static String ownProse(Element p) {
        StringBuilder out = new StringBuilder();
        for (Node child : p.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element e && !e.normalName().equals("a")) {
                out.append(' ').append(e.text()).append(' ');
            }
        }
        return out.toString();
    }

    private static boolean insideCard(Element e, Map<Element, Boolean> cards) {
        for (Element at = e; at != null; at = at.parent()) {
            if (cards.containsKey(at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether JSON-LD declares a collection ([0]) or an article ([1]) at its top level or in its graph. */
    private static boolean[] declared(Document doc) {
        boolean[] out = new boolean[2];
        for (Element script : Dom.byTag(doc, "script")) {
            if (!LD_JSON.matcher(script.attr("type")).find()) {
                continue;
            }
            try {
                collect(MiniJson.parse(script.data().strip()), out, 0);
            } catch (IllegalArgumentException e) {
                // a broken block says nothing
            }
        }
        return out;
    }

    private static void collect(Object node, boolean[] out, int depth) {
        if (depth > MAX_LD_DEPTH) {
            return;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                collect(item, out, depth + 1);
            }
        } else if (node instanceof Map<?, ?> map) {
            for (String type : types(map.get("@type"))) {
                out[0] |= LIST_TYPES.contains(type);
                out[1] |= ARTICLE_TYPES.contains(type);
            }
            collect(map.get("@graph"), out, depth + 1);
            collect(map.get("mainEntity"), out, depth + 1);
        }
    }

    private static List<String> types(Object type) {
        List<String> out = new ArrayList<>();
        if (type instanceof String s) {
            out.add(SCHEMA_PREFIX.matcher(s).replaceFirst(""));
        } else if (type instanceof List<?> list) {
            for (Object t : list) {
                if (t instanceof String s) {
                    out.add(SCHEMA_PREFIX.matcher(s).replaceFirst(""));
                }
            }
        }
        return out;
    }
}
