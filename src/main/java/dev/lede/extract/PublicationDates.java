package dev.lede.extract;

import dev.lede.article.IsoDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The article's original publication date, from every source a page offers, in this order of
 * trust: JSON-LD ({@code datePublished} of the article, else of any object), microdata, meta
 * tags, {@code <time datetime>}, the date line the page shows, the address ({@code /2019/11/19/}).
 * Modification dates are never read. A date before {@link #FIRST_YEAR} or after tomorrow is not a
 * publication date, and the next source is asked.
 *
 * <p><b>Note:</b> metadata often gives the moment in UTC while the page shows the day in its own
 * time zone (VentureBeat, TechCrunch, SFGate, SlashGear, ZDNet: an evening story in America is
 * dated the next day in UTC). When the shown date is one day from the metadata's, the shown one wins.
 */
final class PublicationDates {
    /** The web's news pages start here; an earlier year is a placeholder ("0001-01-01") or a typo. */
    static final int FIRST_YEAR = 1995;
    /** Characters of text read after and before the headline for the date line under or above it. */
    static final int AFTER_HEADLINE_CHARS = 400;
    static final int BEFORE_HEADLINE_CHARS = 150;
    /** Characters of the page's text searched for a date when nothing else gives one. */
    static final int LEADING_CHARS = 3000;
    /** Where a headline is set: its own {@code h1}, or a lesser heading on pages whose {@code h1} is the logo. */
    private static final java.util.Set<String> HEADLINE_TAGS = java.util.Set.of("h1", "h2", "h3");
    /** Characters of an ISO-8601 calendar date: a longer value carries a time. */
    private static final int DATE_LENGTH = 10;
    /** Longer than this, an element named like a date line holds more than the line. */
    static final int MAX_LINE_CHARS = 200;
    /**
     * Meta tags naming the publication date, most trusted first (OpenGraph, Parse.ly, a {@code meta}
     * with {@code itemprop}, Dublin Core, Sailthru …), in the order lede has long read them.
     */
    private static final String[] META_NAMES = {
        "article:published_time", "og:published_time", "og:article:published_time",
        "parsely-pub-date", "datepublished", "dc:date", "dcterms:created", "dcterms:date", "dc:date:issued", "dc:date.issued",
        "dcterms:issued", "citation_publication_date", "citation_date", "date", "pubdate", "publishdate",
        "publish-date", "published-date", "sailthru.date", "article.published", "originalpublicationdate"};
    /** Elements holding a date line: "date", "published", "posted", "timestamp", "dateline", post meta. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)date|time|publish|posted|(^|[-_\\s])(meta|byline|article-?info|post-?info|entry-?meta)([-_\\s]|$)");
    /** Parts of a page whose dates are not the article's. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "(?i)(^|[-_\\s])(comments?|related|recommended|sidebar|teasers?|menu|nav|footer|cookie|widget)([-_\\s]|$)");
    /** A modification date, never the publication's. */
    private static final Pattern UPDATED = Pattern.compile("(?i)updated|modified|edited");
    /** A date in an article's address: /2019/11/19/ or /2019-11-19/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/_-]|$)");

    private PublicationDates() {
    }

    /**
     * The publication date as ISO-8601 (as the page spells it when it gives one), or {@code null}.
     *
     * @param headline the visible headline (to find the date line beside it), or {@code null}
     * @param pageUrl  the page's address, or {@code null}
     * @param today    the reader's today: later dates are not publication dates
     */
    static String find(Document doc, JsonLd ld, MetaTags meta, String lang, String headline, String pageUrl,
            LocalDate today) {
        String declared = firstPlausible(declaredDates(doc, ld, meta), lang, today);
        // Only a moment can be a day off by its time zone; a bare date is the day the site meant.
        if (declared != null && declared.length() <= DATE_LENGTH) {
            return declared;
        }
        LocalDate shown = shownDate(doc, lang, headline, today);
        if (declared != null) {
            LocalDate day = IsoDates.date(declared);
            boolean nextDoor = shown != null && (shown.plusDays(1).equals(day) || shown.minusDays(1).equals(day));
            return nextDoor ? shown.toString() : declared;
        }
        if (shown != null) {
            return shown.toString();
        }
        String fromUrl = urlDate(pageUrl, today);
        if (fromUrl != null || doc.body() == null) {
            return fromUrl;
        }
        LocalDate first = plausibleIn(leadingText(doc.body()), lang, today);
        return first == null ? null : first.toString();
    }

    private static List<String> declaredDates(Document doc, JsonLd ld, MetaTags meta) {
        List<String> dates = new ArrayList<>();
        dates.add(ld.datePublished());
        if (doc.body() != null) {
            for (Element e : doc.body().select(VisibleDates.DATE_PUBLISHED)) {
                if (!Bylines.isElsewhereOrHidden(e, doc.body())) {
                    dates.add(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
                }
            }
        }
        for (String name : META_NAMES) {
            dates.add(meta.get(name));
        }
        if (doc.body() != null) {
            for (Element e : Dom.byTagWith(doc.body(), "time", "datetime")) {
                if (!Bylines.isElsewhereOrHidden(e, doc.body()) && !Hints.namedLike(e, UPDATED)) {
                    dates.add(e.attr("datetime"));
                }
            }
        }
        return dates;
    }

    private static String firstPlausible(List<String> candidates, String lang, LocalDate today) {
        for (String raw : candidates) {
            String iso = parse(raw, lang);
            if (iso != null && plausible(IsoDates.date(iso), today)) {
                return iso;
            }
        }
        return null;
    }

    /** {@code raw} as ISO-8601: as spelt when it is, else its first date in another form, else {@code null}. */
    static String parse(String raw, String lang) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String iso = Dates.normalize(raw);
        if (iso != null) {
            return iso;
        }
        LocalDate date = DateText.find(raw, lang);
        return date == null ? null : date.toString();
    }

    static boolean plausible(LocalDate date, LocalDate today) {
        return date != null && date.getYear() >= FIRST_YEAR && !date.isAfter(today.plusDays(1));
    }

    /**
     * The date the page shows for its article: in the line under (or above) the headline, else
     * in the text of a {@code <time>}, else in an element named like a date line; outside
     * comments, teasers, menus and hidden parts, and never an "Updated" date.
     */
    private static LocalDate shownDate(Document doc, String lang, String headline, LocalDate today) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Element h1 = headline == null ? null : headlineElement(body, headline);
        if (h1 != null) {
            LocalDate near = plausibleIn(textAround(body, h1, true), lang, today);
            if (near != null) {
                return near;
            }
        }
        for (Element time : Dom.byTag(body, "time")) {
            if (!Bylines.isElsewhereOrHidden(time, body) && !Hints.namedLike(time, UPDATED)) {
                LocalDate d = plausibleIn(time.text(), lang, today);
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element e : Dom.all(body)) {
            if (e.childNodeSize() > 0 && Hints.namedLike(e, DATE_LINE) && !Hints.namedLike(e, UPDATED)
                    && !RelatedFinder.hasMoreLettersThan(e, MAX_LINE_CHARS) && !Bylines.isElsewhereOrHidden(e, body)) {
                String text = e.text();
                if (text.length() <= MAX_LINE_CHARS) {
                    LocalDate d = plausibleIn(text, lang, today);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        LocalDate before = h1 == null ? null : plausibleIn(textAround(body, h1, false), lang, today);
        return before;
    }

    private static LocalDate plausibleIn(String text, String lang, LocalDate today) {
        if (UPDATED.matcher(text).find() && !text.isEmpty()) {
            text = UPDATED.split(text, 2)[0]; // "Posted 18 Nov · Updated 19 Nov": the part before
        }
        LocalDate d = DateText.find(text, lang);
        return plausible(d, today) ? d : null;
    }

    private static Element headlineElement(Element body, String headline) {
        String key = Text.key(headline);
        for (Element h : Dom.byTags(body, HEADLINE_TAGS)) {
            if (Text.key(h.text()).equals(key)) {
                return h;
            }
        }
        return null;
    }

    /** Up to a few hundred characters of text after the headline, or before it, in reading order. */
    private static String textAround(Element body, Element h1, boolean after) {
        List<String> before = new ArrayList<>();
        StringBuilder following = new StringBuilder();
        boolean[] passed = {false};
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == h1) {
                    passed[0] = true;
                    return after ? FilterResult.SKIP_ENTIRELY : FilterResult.STOP;
                }
                if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style")
                        || Hints.namedLike(e, UPDATED))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    if (passed[0]) {
                        following.append(t.text()).append(' ');
                        if (following.length() > AFTER_HEADLINE_CHARS) {
                            return FilterResult.STOP;
                        }
                    } else if (!after) {
                        before.add(t.text());
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        if (after) {
            return following.toString();
        }
        StringBuilder tail = new StringBuilder();
        for (int i = before.size() - 1; i >= 0 && tail.length() < BEFORE_HEADLINE_CHARS; i--) {
            tail.insert(0, before.get(i) + " ");
        }
        return tail.toString();
    }

    /**
     * The start of the page's text outside menus, footers, asides, comments and hidden parts:
     * on blogs and small sites without metadata the date line is the first date a reader meets.
     */
    private static String leadingText(Element body) {
        StringBuilder text = new StringBuilder();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("nav") || tag.equals("footer")
                            || tag.equals("aside") || tag.equals("form") || e != body && (Hints.isHidden(e) || Hints.namedLike(e, ELSEWHERE))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                } else if (node instanceof TextNode t && !t.isBlank()) {
                    text.append(t.text()).append(' ');
                    if (text.length() > LEADING_CHARS) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return text.toString();
    }

    private static String urlDate(String pageUrl, LocalDate today) {
        if (pageUrl == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(pageUrl);
        if (!m.find()) {
            return null;
        }
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        int day = Integer.parseInt(m.group(3));
        if (day > d.lengthOfMonth()) {
            return null;
        }
        d = d.withDayOfMonth(day);
        return plausible(d, today) ? d.toString() : null;
    }

    /** Parsed only when needed. */
    private static final class VisibleDates {
        static final org.jsoup.select.Evaluator DATE_PUBLISHED = org.jsoup.select.Selector.evaluatorOf(
                "[itemprop=datePublished][datetime], [itemprop=datePublished][content]");

        private VisibleDates() {
        }
    }
}
