package dev.lede.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads a page's metadata from its sources in order of trust: JSON-LD, then meta tags
 * (Dublin Core, OpenGraph and {@code article:*}, Twitter, Parse.ly, {@code citation_*}), then
 * visible markup ({@code <time datetime>}, the byline, the {@code <title>}).
 *
 * <p>Among meta tags the order is the one Readability settled on: a page that bothers with
 * Dublin Core means it, while OpenGraph is often written for sharing cards.
 */
final class MetadataReader {
    /** Queries parsed once: parsing one on every call costs much in a JVM that has just started. */
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");

    private MetadataReader() {
    }

    static Metadata read(Document doc) {
        JsonLd ld = JsonLd.read(doc);
        MetaTags meta = MetaTags.read(doc);
        Element titleElement = Dom.firstByTag(doc, "title");
        String documentTitle = titleElement == null ? null : Text.normalize(titleElement.text());

        String site = first(ld.publisherName(), meta.get("og:site_name"), meta.get("application-name"),
                meta.get("twitter:site_name"));
        String canonical = first(attr(doc.selectFirst(CANONICAL), "abs:href"), meta.get("og:url"));
        String metaTitle = first(ld.headline(documentTitle), meta.get("dc:title"), meta.get("dcterms:title"),
                meta.get("og:title"), meta.get("title"), meta.get("twitter:title"), meta.get("parsely-title"),
                meta.get("citation_title"));
        String title = Headlines.visible(doc, site, java.util.Arrays.asList(metaTitle, meta.get("og:title"),
                meta.get("twitter:title"), documentTitle));
        if (title == null) {
            title = Titles.withoutSiteName(metaTitle, site, Links.site(canonical));
        }
        if (title == null) {
            title = Titles.fromDocument(doc);
        }
        String byline = first(ld.authors(), Bylines.clean(meta.get("dc:creator")),
                Bylines.clean(meta.get("dcterms:creator")), Bylines.clean(nonUrl(meta.get("author"))),
                Bylines.clean(meta.get("parsely-author")), Bylines.clean(meta.get("citation_author")));
        if (byline == null) { // the page is searched only when no metadata names the author
            byline = first(doc.body() == null ? null : Bylines.visible(doc.body()),
                    // article:author should be a profile URL; a name there is a last resort.
                    Bylines.clean(nonUrl(meta.get("article:author"))),
                    Bylines.clean(nonUrl(meta.get("og:article:author"))));
        }
        String declaredDate = first(ld.datePublished(), meta.get("article:published_time"),
                meta.get("og:published_time"), meta.get("parsely-pub-date"), meta.get("datepublished"), meta.get("dc:date"),
                meta.get("dcterms:created"), meta.get("dcterms:date"), meta.get("dc:date:issued"),
                meta.get("dcterms:issued"), meta.get("citation_publication_date"), meta.get("citation_date"),
                meta.get("date"), meta.get("pubdate"), meta.get("publishdate"), meta.get("sailthru.date"));
        String published = Dates.normalize(declaredDate != null ? declaredDate : first(visibleDate(doc)));
        String description = first(ld.description(), meta.get("dc:description"), meta.get("dcterms:description"),
                meta.get("og:description"), meta.get("description"), meta.get("twitter:description"));
        Element html = Dom.firstByTag(doc, "html");
        String lang = first(html == null ? null : attr(html, "lang"), ld.language(), meta.get("content-language"),
                meta.get("og:locale"));
        return new Metadata(title, site, byline, published, lang == null ? null : lang.replace('_', '-'),
                description, canonical);
    }

    /**
     * The date the page shows for its article: a {@code datePublished} mark first, else the first
     * {@code <time datetime>}, in both cases outside comments, teasers and menus.
     */
    private static String visibleDate(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().select(VisibleDates.DATE_PUBLISHED)) {
            if (!Bylines.isElsewhereOrHidden(e, doc.body())) {
                return e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
            }
        }
        for (Element e : Dom.byTagWith(doc.body(), "time", "datetime")) {
            if (!Bylines.isElsewhereOrHidden(e, doc.body())) {
                return e.attr("datetime");
            }
        }
        return null;
    }

    /** Parsed only when a page's metadata gives no date, which is seldom. */
    private static final class VisibleDates {
        static final Evaluator DATE_PUBLISHED = Selector.evaluatorOf(
                "[itemprop=datePublished][datetime], [itemprop=datePublished][content]");

        private VisibleDates() {
        }
    }

    private static String nonUrl(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    private static String attr(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
