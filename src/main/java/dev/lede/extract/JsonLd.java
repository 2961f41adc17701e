package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the schema.org article object in a page's JSON-LD blocks, {@code @graph} included. */
final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report",
            "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "LiveBlogPosting", "Blog");

    private static final Pattern LD_JSON = Pattern.compile("(?i)application/ld\\+json");

    /** Share of a name's wording that a title must repeat to count as naming the same thing. */
    private static final double REPEATED = 0.75;

    private final Map<String, Object> article;
    /** The first {@code datePublished} of any object (a WebPage, a ClaimReview …), for pages whose article has none. */
    private final String anyDatePublished;

    private JsonLd(Map<String, Object> article, String anyDatePublished) {
        this.article = article;
        this.anyDatePublished = anyDatePublished;
    }

    static JsonLd read(Document doc) {
        String anyDate = null;
        for (Element script : Dom.byTag(doc, "script")) {
            if (!script.hasAttr("type") || !LD_JSON.matcher(script.attr("type")).find()) {
                continue;
            }
            Object parsed;
            try {
                parsed = MiniJson.parse(stripCdata(script.data()));
            } catch (IllegalArgumentException e) {
                continue; // a broken block is the page's problem; other sources remain
            }
            List<Map<String, Object>> objects = new ArrayList<>();
            collect(parsed, objects, 0);
            for (Map<String, Object> object : objects) {
                if (anyDate == null) {
                    anyDate = string(object.get("datePublished"));
                }
                if (isArticle(object.get("@type"))) {
                    return new JsonLd(object, anyDate);
                }
            }
        }
        return new JsonLd(Map.of(), anyDate);
    }

    private static String stripCdata(String data) {
        String s = data.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("//<![CDATA[", "").replace("//]]>", "").replace("<![CDATA[", "").replace("]]>", "");
        return s.strip();
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> out, int depth) {
        if (depth > 4) {
            return;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                collect(item, out, depth + 1);
            }
        } else if (node instanceof Map<?, ?> map) {
            out.add((Map<String, Object>) map);
            collect(map.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(Object type) {
        if (type instanceof String s) {
            return ARTICLE_TYPES.contains(s.replace("http://schema.org/", "").replace("https://schema.org/", ""));
        }
        if (type instanceof List<?> list) {
            for (Object item : list) {
                if (isArticle(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The article's title. When {@code headline} and {@code name} disagree (some sites put their
     * own name in one of them), the one that the document's {@code <title>} repeats wins.
     *
     * @param documentTitle the text of the page's {@code <title>}, or {@code null}
     */
    String headline(String documentTitle) {
        String headline = string(article.get("headline"));
        String name = string(article.get("name"));
        if (headline == null || name == null || headline.equals(name) || documentTitle == null) {
            return headline != null ? headline : name;
        }
        boolean nameRepeated = Titles.similarity(documentTitle, name) > REPEATED;
        boolean headlineRepeated = Titles.similarity(documentTitle, headline) > REPEATED;
        return nameRepeated && !headlineRepeated ? name : headline;
    }

    String description() {
        return string(article.get("description"));
    }

    /** The article's {@code datePublished} (else {@code dateCreated}), else any object's {@code datePublished}. */
    String datePublished() {
        String date = string(article.get("datePublished"));
        if (date == null) {
            date = string(article.get("dateCreated"));
        }
        return date != null ? date : anyDatePublished;
    }

    String language() {
        return string(article.get("inLanguage"));
    }

    String publisherName() {
        Object publisher = article.get("publisher");
        if (publisher instanceof List<?> list && !list.isEmpty()) {
            publisher = list.get(0);
        }
        return publisher instanceof Map<?, ?> map ? string(map.get("name")) : string(publisher);
    }

    /** Author names joined as a byline, or {@code null}. */
    String authors() {
        List<String> names = new ArrayList<>();
        addNames(article.get("author"), names);
        if (names.isEmpty()) {
            addNames(article.get("creator"), names);
        }
        return names.isEmpty() ? null : Bylines.join(names);
    }

    private static void addNames(Object author, List<String> names) {
        if (author instanceof List<?> list) {
            for (Object item : list) {
                addNames(item, names);
            }
        } else if (author instanceof Map<?, ?> map) {
            String name = string(map.get("name"));
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        } else {
            String name = string(author);
            if (name != null && !name.startsWith("http") && !names.contains(name)) {
                names.add(name);
            }
        }
    }

    private static String string(Object value) {
        if (value instanceof String s) {
            String t = Text.normalize(org.jsoup.parser.Parser.unescapeEntities(s, false));
            return t.isEmpty() ? null : t;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return string(list.get(0));
        }
        return null;
    }
}
