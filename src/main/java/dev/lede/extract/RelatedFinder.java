package dev.lede.extract;

import dev.lede.article.RelatedLink;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the page's own related-articles list. A list is announced by a label ("Related",
 * "More stories", "Read next", "You may also like" …) in a heading or a short line, or by a
 * container's name; its links are the ones after the label. Of those only links to articles on
 * the same site count: not tag, topic, author or section pages, not share links.
 */
final class RelatedFinder {
    /**
     * Labels of onward-reading lists, in the languages of the corpora: English, French, German,
     * Italian, Spanish, Portuguese, Dutch, Polish, Russian, Japanese, Chinese, Korean. Not "See
     * also" nor "Further reading": on Wikipedia, wikis and reference sites they head cross-references
     * and bibliographies; nor "related to" inside a sentence, nor a compound ("New Zealand-related").
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?iuU)(?<![-\\w])(related(?! to\\b)|more (stories|articles|news|from|on|in|like this|to read)"
            + "|read (next|more|also)|also (read|on)|recommended|you (may|might) (also )?(like|enjoy)"
            + "|what to read next"
            + "|(à )?lire (aussi|également)|sur le même sujet|articles similaires"
            + "|mehr zum thema|weitere (artikel|beiträge|nachrichten|meldungen)|ähnliche (artikel|beiträge)"
            + "|lesen sie (auch|mehr)|das könnte sie auch interessieren"
            + "|leggi anche|articoli correlati|potrebbe interessarti|ti potrebbe interessare"
            + "|lea también|te puede interesar|(noticias|artículos) relacionad[oa]s|leia também|veja também"
            + "|(artigos|notícias|posts|matérias) relacionad[oa]s|lees ook|czytaj (także|też)|zobacz (także|też)"
            + "|читайте также|(материалы |ещё |еще )?по теме)\\b"
            + "|関連記事|関連ニュース|相关(文章|阅读|新闻)|相關(文章|閱讀|新聞)|관련\\s?기사");
    /**
     * A word every label has (lower case); an element with no such word and no children cannot be
     * one. Searched as plain text: a case-insensitive regex of these on every element's text
     * nearly doubled extraction time.
     */
    private static final String[] LABEL_WORDS = {
        "related", "more", "read", "recommend", "like", "enjoy", "also", "further", "see", "lire", "voir", "même",
        "similaires", "mehr", "weitere", "ähnliche", "lesen", "interess", "leggi", "correlat", "también",
        "relacionad", "leia", "veja", "lees", "czytaj", "zobacz", "читайте", "теме", "関連", "相关", "相關", "관련"};
    private static final Pattern CONTAINER_NAMES = Pattern.compile(
            "(?i)(^|[-_\\s])(related\\w*|yarpp\\S*|jp-relatedposts\\S*|more-?stories|read-?next|read-?also"
            + "|recommend(ed|ations)?|also-?read|further-?reading|recirc\\w*)([-_\\s]|$)");
    /** Inside a list, parts that are not its articles: share bars, tags, bylines. */
    private static final Pattern NOT_ARTICLES = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|tags?|topics?|author|byline|breadcrumbs?|comments?|pagination)"
            + "([-_\\s]|$)");
    /** Lists of what the whole site is reading, not of what relates to this article. */
    private static final Pattern SITE_WIDE = Pattern.compile(
            "(?i)trending|popular|most-?read|most-?viewed|most-?shared|top-?stories|top-?five|latest");
    /** The same, as a box's heading says it. */
    private static final Pattern SITE_WIDE_HEADING = Pattern.compile(
            "(?i)\\b(trending|popular|most (read|viewed|shared)|top stories|latest)\\b");
    /** Path segments of pages that list articles rather than being one. */
    private static final Pattern LISTING_PATH = Pattern.compile(
            "(?i)/(tag|tags|topic|topics|author|authors|profile|profiles|people|category|categories|section"
            + "|search|video-?hub|live-?tv)(/|$)");
    /** A named page file: one article per file on many sites, indexes aside. */
    private static final Pattern PAGE_FILE = Pattern.compile("(?i)(?!(index|default|home)\\.)[^.]+\\.(s?html?|php|aspx?)");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{4,}");
    private static final Pattern EXTENSION = Pattern.compile("\\.[a-z]{2,5}$");
    private static final Pattern SLUG_SEPARATOR = Pattern.compile("[-_]+");
    private static final Pattern WEB_SCHEME = Pattern.compile("^(?i)https?://");
    /** Class names of a box's heading. */
    private static final Pattern HEADING_CLASS = Pattern.compile("(?i)(title|heading)");
    /** Class names of the headline inside a link. */
    private static final Pattern HEADLINE_CLASS = Pattern.compile("(?i)(^|[-_\\s])(title|headline)([-_\\s]|$)");
    /** A title of at most this many words on a one-segment address names a section, not a story. */
    static final int MAX_SECTION_TITLE_WORDS = 4;
    private static final Pattern ANY_DIGIT = Pattern.compile("\\d");
    /** Link texts shorter than this are menus, tags or "more" buttons, not article titles. */
    static final int MIN_TITLE_CHARS = 12;
    /** A label this long is a sentence, not a heading over a list. */
    static final int MAX_LABEL_CHARS = 60;
    /**
     * A reading list holds a handful to a few dozen stories (ZDNet's, the longest in the corpus,
     * 17 links twice over); more links after a label are a navigation box or an index (Wikipedia's
     * navboxes hold a hundred).
     */
    static final int MAX_LIST_LINKS = 60;
    /** A teaser's summary is shorter than this; a paragraph of the story is longer. */
    static final int MAX_TEASER_CHARS = 300;
    /** A "Read more: …" line longer than this is a paragraph of the story. */
    static final int MAX_READ_ALSO_CHARS = 250;
    /** A "Read more: …" line names one or two stories; more links make it a paragraph of the story. */
    static final int MAX_READ_ALSO_LINKS = 3;
    /** Levels climbed from a label to find the list it announces. */
    static final int MAX_LABEL_CLIMB = 4;
    /** Levels above a link that belong to its list item. */
    static final int MAX_ITEM_DEPTH = 2;
    /** A slug of this many words (separated by hyphens or underscores) names an article. */
    static final int MIN_SLUG_WORDS = 2;

    private RelatedFinder() {
    }

    /**
     * The related links in page order, de-duplicated.
     *
     * @param pageUrl the page's own URL (to drop self-links and decide what is same-site), or {@code null}
     */
    static List<RelatedLink> find(Document doc, String pageUrl) {
        String site = Links.site(pageUrl);
        String self = pageUrl == null ? null : withoutQuery(key(Links.withoutFragment(pageUrl)));
        Map<String, RelatedLink> links = new LinkedHashMap<>();
        for (Element a : anchors(doc)) {
            String url = Links.absolute(a);
            if (url == null || !Links.isWeb(url)) {
                continue;
            }
            url = Links.withoutFragment(url);
            if (withoutQuery(key(url)).equals(self) || site == null || !site.equals(Links.site(url)) || !isArticle(url)) {
                continue;
            }
            String title = title(a);
            if (title.length() >= MIN_TITLE_CHARS && !links.containsKey(key(url)) && !isSectionPage(url, title)) {
                links.put(key(url), new RelatedLink(title, url));
            }
        }
        return new ArrayList<>(links.values());
    }

    /** The anchors of every related list, in document order, each once. */
    private static List<Element> anchors(Document doc) {
        Map<Element, Boolean> chosen = new IdentityHashMap<>();
        doc.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isNamedContainer(e)) {
                    // A box named "recommended" but headed "Latest news" is the site's feed: skip it whole.
                    if (!isSiteWide(e)) {
                        choose(Dom.byTagWith(e, "a", "href"), chosen);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isReadAlsoLine(e)) {
                    for (Element a : Dom.byTagWith(e, "a", "href")) {
                        chosen.put(a, true);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isLabel(e)) {
                    anchorsAfter(e, chosen);
                }
                return FilterResult.CONTINUE;
            }
        });
        List<Element> inOrder = new ArrayList<>();
        for (Element a : Dom.byTagWith(doc, "a", "href")) {
            if (chosen.containsKey(a) && !isInsideNonArticles(a)) {
                inOrder.add(a);
            }
        }
        return inOrder;
    }

    /**
     * The links a label announces: those after it in its nearest ancestor that has links after
     * it, up to the next label of another list. Each level up adds only what follows the level
     * below, so no part of the page is walked twice.
     */
    private static void anchorsAfter(Element label, Map<Element, Boolean> chosen) {
        List<Element> found = new ArrayList<>();
        Element from = label;
        for (int level = 0; level < MAX_LABEL_CLIMB && from.parent() != null; level++) {
            for (Element sibling = from.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
                if (hasProse(sibling)) {
                    choose(found, chosen); // the story (or another) goes on: its links are not a list
                    return;
                }
                for (Element e : Dom.all(sibling)) {
                    if (isOtherListHeading(e)) {
                        choose(found, chosen);
                        return;
                    }
                    if (e.normalName().equals("a") && e.hasAttr("href")) {
                        found.add(e);
                    }
                }
            }
            if (!found.isEmpty()) {
                break;
            }
            from = from.parent();
        }
        choose(found, chosen);
    }

    /** Adds {@code anchors} to the chosen unless there are too many for a reading list (a navigation box, an index). */
    private static void choose(List<Element> anchors, Map<Element, Boolean> chosen) {
        if (anchors.size() > MAX_LIST_LINKS) {
            return;
        }
        for (Element a : anchors) {
            chosen.put(a, true);
        }
    }

    /** A heading outside any link that does not announce related articles: the next list begins. */
    private static boolean isOtherListHeading(Element e) {
        if (!isHeading(e.normalName(), '2', '4') || insideLink(e) || Dom.firstByTag(e, "a") != null) {
            return false;
        }
        String text = Text.normalize(e.text());
        return !text.isEmpty() && text.length() <= MAX_LABEL_CHARS && !LABEL.matcher(text).find();
    }

    /**
     * A short line whose own words name a related list: a heading, a tab, a caption over links.
     * Not a "Read more:" inside a paragraph (a teaser in the story), nor a label in a box of the
     * site's trending or most-read stories.
     */
    private static boolean isLabel(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("title") || tag.equals("script")
                || tag.equals("li") || tag.equals("ul") || tag.equals("ol") || tag.equals("th")) {
            // A table's row header ("Related topics") heads a row of a navigation table.
            return false;
        }
        // Cheap tests first: this runs on every element of the page. Counting letters up to a
        // label's length is cheaper than making an element's own text and searching it.
        if (Dom.hasMoreChildrenThan(e, 2) || hasMoreLettersThan(e, MAX_LABEL_CHARS)
                || !tag.equals("p") && insideParagraph(e) || !hasLabelWord(e)) {
            return false; // too long for a label (told without making a wrapper's text), in a paragraph, or no label word
        }
        String text = Text.normalize(e.text());
        if (text.isEmpty() || text.length() > MAX_LABEL_CHARS || !LABEL.matcher(text).find()) {
            return false;
        }
        // The label itself, not a box holding it and the links: at most one link of its own.
        return Dom.byTag(e, "a").size() <= 1 && !inSiteWideBox(e);
    }

    /**
     * A line of the story that points onward: "Read more: …", "[Related: …]", "Also on rt.com …",
     * "Lire aussi : …", "Читайте также: …" followed by a link or two (RT, CRN, City A.M., the
     * Express, ZDNet, French and Russian news sites). Only a short line that starts with the label
     * counts; a "Read more" at the end of a teaser does not.
     */
    private static boolean isReadAlsoLine(Element e) {
        String tag = e.normalName();
        if (!(tag.equals("p") || tag.equals("li") || tag.equals("blockquote"))
                || hasMoreLettersThan(e, MAX_READ_ALSO_CHARS) || !hasLabelWord(e)) {
            return false;
        }
        int links = Dom.byTagWith(e, "a", "href").size();
        if (links == 0 || links > MAX_READ_ALSO_LINKS || hasHeading(e) || inSiteWideBox(e)) {
            return false; // a box with a heading is a list, found by its label
        }
        String text = Text.normalize(e.text());
        java.util.regex.Matcher m = LABEL.matcher(text);
        return m.find() && m.start() <= 1 && !LABEL.matcher(Text.normalize(linkText(e))).lookingAt()
                && text.length() > m.end() + 1;
    }

    /**
     * Whether {@code e} holds a paragraph of prose: more text outside links than a teaser's
     * summary. A list's items are links with at most a line or two beside them.
     */
    private static boolean hasProse(Element e) {
        for (Element p : Dom.byTag(e, "p")) {
            if (p.hasText() && ownProseLength(p) > MAX_TEASER_CHARS) {
                return true;
            }
        }
        return e.normalName().equals("p") && ownProseLength(e) > MAX_TEASER_CHARS;
    }

    private static int ownProseLength(Element p) {
        int all = p.text().length();
        for (Element a : Dom.byTag(p, "a")) {
            all -= a.text().length();
        }
        return all;
    }

    private static boolean hasHeading(Element e) {
        for (Element d : Dom.all(e)) {
            if (isHeading(d.normalName(), '1', '6')) {
                return true;
            }
        }
        return false;
    }

    /** The text of the element's links, together. */
    private static String linkText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Element a : Dom.byTagWith(e, "a", "href")) {
            sb.append(a.text()).append(' ');
        }
        return sb.toString();
    }

    /** Whether {@code e} sits in a link (as {@code closest("a")} for an element that is not one). */
    private static boolean insideLink(Element e) {
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an ancestor of {@code e} is a paragraph (as {@code closest("p")}, without parsing a query each time). */
    private static boolean insideParagraph(Element e) {
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("p")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e}'s text holds more than {@code max} characters that are not spaces, counted
     * until there are. Normalising keeps every one of them, so such a text is longer than
     * {@code max} once normalised too.
     */
    static boolean hasMoreLettersThan(Element e, int max) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (!Text.isSpace(s.charAt(i)) && ++count[0] > max) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > max;
    }

    /** h{@code lowest} to h{@code highest}; not a regex, which would be compiled anew for every element asked. */
    private static boolean isHeading(String tag, char lowest, char highest) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= lowest && tag.charAt(1) <= highest;
    }

    private static boolean inSiteWideBox(Element label) {
        Element e = label;
        for (int level = 0; e != null && level <= MAX_LABEL_CLIMB; level++, e = e.parent()) {
            if (Hints.namedLike(e, SITE_WIDE)) {
                return true;
            }
        }
        return false;
    }

    /** A label word in the element's own text or its children's: the whole text is read only then. */
    private static boolean hasLabelWord(Element e) {
        if (hasOwnLabelWord(e)) {
            return true;
        }
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child && hasOwnLabelWord(child)) {
                return true;
            }
        }
        return false;
    }

    /** Most elements hold no text of their own but white space: their own text is not made then. */
    private static boolean hasOwnLabelWord(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
                String own = e.ownText().toLowerCase(java.util.Locale.ROOT);
                for (String word : LABEL_WORDS) {
                    if (own.contains(word)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean isNamedContainer(Element e) {
        String tag = e.normalName();
        // A link named as one item of such a list ("relatedLink", "related-story") counts on its own.
        boolean box = tag.equals("section") || tag.equals("aside") || tag.equals("div") || tag.equals("ul")
                || tag.equals("ol") || tag.equals("nav") || tag.equals("a") || tag.equals("figure");
        return box && (Hints.namedLike(e, CONTAINER_NAMES) || hasLabelAttribute(e));
    }

    private static boolean hasLabelAttribute(Element e) {
        String label = e.attr("aria-label");
        return !label.isEmpty() && LABEL.matcher(label).find();
    }

    /** As {@code selectFirst("h2, h3, h4, h5, h6, [class~=(?i)(title|heading)]")}, without parsing a query. */
    private static Element boxHeading(Element box) {
        for (Element e : Dom.all(box)) {
            if (isHeading(e.normalName(), '2', '6') || Hints.classLike(e, HEADING_CLASS)) {
                return e;
            }
        }
        return null;
    }

    /** A box of what the whole site is reading, by its name or by its heading. */
    private static boolean isSiteWide(Element box) {
        Element heading = boxHeading(box);
        String headingText = heading == null ? "" : Text.normalize(heading.text());
        return Hints.namedLike(box, SITE_WIDE)
                || headingText.length() <= MAX_LABEL_CHARS && SITE_WIDE_HEADING.matcher(headingText).find();
    }

    /**
     * Whether the link sits in a share bar, tag list, citation or byline of a list item. Only the few levels
     * of the item count: further up, blogs mark whole pages with "tag-…" and "share" classes.
     */
    private static boolean isInsideNonArticles(Element a) {
        Element e = a;
        for (int level = 0; e != null && level <= MAX_ITEM_DEPTH; level++, e = e.parent()) {
            if (Hints.namedLike(e, NOT_ARTICLES) || e.normalName().equals("cite") || e.normalName().equals("footer")
                    && Dom.byTagWith(e, "a", "href").size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code url} names one article: a path that is not a listing, ending in a slug of a
     * few words or carrying a long number (an article id or a date).
     */
    static boolean isArticle(String url) {
        String path;
        String query;
        try {
            java.net.URI uri = java.net.URI.create(url);
            path = uri.getRawPath() == null ? "" : uri.getRawPath();
            query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path.isEmpty() || path.equals("/") || LISTING_PATH.matcher(path).find() || query.contains("share=")) {
            return false;
        }
        String[] segments = path.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        if (last.isEmpty() && segments.length > 1) {
            last = segments[segments.length - 2];
        }
        if (last.contains(":") || last.toUpperCase(java.util.Locale.ROOT).contains("%3A")) {
            return false; // a wiki's namespace page: Special:, Template:, File:, Portal:
        }
        if (PAGE_FILE.matcher(last).matches()) {
            return true; // story.html, not index.html
        }
        last = EXTENSION.matcher(last).replaceFirst("");
        int words = SLUG_SEPARATOR.split(last).length;
        return words >= MIN_SLUG_WORDS || LONG_NUMBER.matcher(path).find();
    }

    /**
     * The link's title: the headline inside it when marked, else its text, else its title
     * attribute, else the alternative text of its image.
     */
    private static String title(Element a) {
        Element headline = linkHeadline(a);
        String text = Text.normalize((headline != null ? headline : a).text());
        if (text.length() < MIN_TITLE_CHARS) {
            text = Text.normalize(a.text());
        }
        if (text.length() < MIN_TITLE_CHARS) {
            text = Text.normalize(a.attr("title"));
        }
        Element img = firstImageWithAlt(a);
        if (text.length() < MIN_TITLE_CHARS && img != null) {
            text = Text.normalize(img.attr("alt"));
        }
        return text;
    }

    /** As {@code selectFirst("[class~=(?i)(^|[-_\\s])(title|headline)([-_\\s]|$)], h2, h3, h4")}. */
    private static Element linkHeadline(Element a) {
        for (Element e : Dom.all(a)) {
            if (isHeading(e.normalName(), '2', '4') || Hints.classLike(e, HEADLINE_CLASS)) {
                return e;
            }
        }
        return null;
    }

    private static Element firstImageWithAlt(Element a) {
        for (Element img : Dom.byTag(a, "img")) {
            if (img.hasAttr("alt")) {
                return img;
            }
        }
        return null;
    }

    /**
     * A section or hub page linked under a short name: one path segment without digits and a
     * title of a few words ("Science & Health" → /science-and-health, "Know Your Value",
     * "Game of Thrones", "About Our Ads" → /privacy-policy on Vox, NBC News, the Verge, SFGate).
     */
    static boolean isSectionPage(String url, String title) {
        if (Titles.words(title) > MAX_SECTION_TITLE_WORDS) {
            return false;
        }
        String path;
        try {
            path = java.net.URI.create(url).getRawPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null) {
            return false;
        }
        String trimmed = path.replaceAll("^/+|/+$", "");
        return !trimmed.isEmpty() && !trimmed.contains("/") && !ANY_DIGIT.matcher(trimmed).find();
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** A URL as compared for sameness: http and https alike. */
    private static String key(String url) {
        return WEB_SCHEME.matcher(url).replaceFirst("");
    }
}
