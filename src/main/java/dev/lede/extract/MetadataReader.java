package dev.lede.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from its sources in order of trust: JSON-LD, OpenGraph and
 * {@code article:*} meta, Dublin Core and {@code citation_*}, other meta, then visible
 * markup ({@code <time datetime>}, author links, the first {@code <h1>}).
 */
final class MetadataReader {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»/]\\s+");

    private MetadataReader() {
    }

    static Metadata read(Document doc) {
        JsonLd ld = JsonLd.read(doc);
        Map<String, String> meta = metaTags(doc);

        String site = first(ld.publisherName(), meta.get("og:site_name"), meta.get("application-name"),
                meta.get("twitter:site_name"));
        String title = first(ld.headline(), meta.get("og:title"), meta.get("twitter:title"),
                meta.get("dc.title"), meta.get("dcterms.title"), meta.get("citation_title"),
                meta.get("parsely-title"), meta.get("title"));
        if (title == null) {
            title = titleFromDocument(doc, site);
        }
        String byline = first(ld.authors(),
                Bylines.clean(nonUrl(meta.get("author"))), Bylines.clean(meta.get("dc.creator")),
                Bylines.clean(meta.get("dcterms.creator")), Bylines.clean(meta.get("citation_author")),
                Bylines.clean(meta.get("parsely-author")), Bylines.clean(nonUrl(meta.get("article:author"))),
                visibleByline(doc));
        String published = Dates.normalize(first(ld.datePublished(), meta.get("article:published_time"),
                meta.get("og:published_time"), meta.get("dc.date"), meta.get("dcterms.created"),
                meta.get("dcterms.date"), meta.get("citation_publication_date"), meta.get("citation_date"),
                meta.get("parsely-pub-date"), meta.get("date"), meta.get("pubdate"), meta.get("publishdate"),
                meta.get("sailthru.date"), visibleDate(doc)));
        String description = first(ld.description(), meta.get("og:description"), meta.get("description"),
                meta.get("twitter:description"), meta.get("dc.description"), meta.get("dcterms.description"));
        String lang = first(doc.selectFirst("html") == null ? null : attr(doc.selectFirst("html"), "lang"),
                ld.language(), meta.get("content-language"), meta.get("og:locale"));
        String canonical = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta.get("og:url"));
        return new Metadata(title, site, byline, published, lang == null ? null : lang.replace('_', '-'),
                description, canonical);
    }

    /** Meta tags by lower-cased name, property or itemprop; the first occurrence wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : doc.select("meta[content]")) {
            String content = Text.normalize(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                // Some pages list several properties in one attribute: property="og:title twitter:title".
                for (String name : meta.attr(key).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!name.isEmpty()) {
                        tags.putIfAbsent(name, content);
                    }
                }
            }
        }
        return tags;
    }

    private static String titleFromDocument(Document doc, String site) {
        String title = Text.normalize(doc.title());
        Element h1 = doc.selectFirst("h1");
        String heading = h1 == null ? "" : Text.normalize(h1.text());
        if (title.isEmpty()) {
            return heading.isEmpty() ? null : heading;
        }
        if (!heading.isEmpty() && title.contains(heading)) {
            return heading;
        }
        return stripSiteName(title, site);
    }

    /** "Headline | Site" → "Headline", when one side is the site or clearly the shorter label. */
    static String stripSiteName(String title, String site) {
        var m = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return title;
        }
        String head = title.substring(0, lastStart).strip();
        String tail = title.substring(lastEnd).strip();
        if (site != null && Text.key(tail).equals(Text.key(site))) {
            return head;
        }
        // Keep titles whose first part is too short to stand alone ("Review: ...").
        return head.split("\\s+").length >= 3 && tail.split("\\s+").length <= 4 ? head : title;
    }

    private static String visibleByline(Document doc) {
        Element author = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, [class*=byline]");
        if (author == null) {
            return null;
        }
        Element name = author.selectFirst("[itemprop=name]");
        return Bylines.clean((name != null ? name : author).text());
    }

    private static String visibleDate(Document doc) {
        Element time = doc.selectFirst("time[datetime], [itemprop=datePublished][datetime], [itemprop=datePublished][content]");
        if (time == null) {
            return null;
        }
        return time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
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
