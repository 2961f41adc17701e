package dev.lede.extract;

import java.time.LocalDate;
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

    /**
     * @param today the reader's today: a later date is not a publication date
     */
    static Metadata read(Document doc, LocalDate today) {
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
        String title = Headlines.visible(doc, site, Links.site(canonical), java.util.Arrays.asList(metaTitle, meta.get("og:title"),
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
        Element html = Dom.firstByTag(doc, "html");
        String lang = first(html == null ? null : attr(html, "lang"), ld.language(), meta.get("content-language"),
                meta.get("og:locale"));
        String pageUrl = Links.isWeb(doc.location()) ? doc.location() : canonical;
        String published = PublicationDates.find(doc, ld, meta, lang, title, pageUrl, today);
        String description = first(ld.description(), meta.get("dc:description"), meta.get("dcterms:description"),
                meta.get("og:description"), meta.get("description"), meta.get("twitter:description"));
        return new Metadata(title, site, byline, published, lang == null ? null : lang.replace('_', '-'),
                description, canonical);
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
