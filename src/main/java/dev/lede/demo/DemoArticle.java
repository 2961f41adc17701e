package dev.lede.demo;

import java.util.Locale;
import java.util.Map;

/**
 * One article of the demo edition, as written in its resource file: front matter and the
 * body's HTML.
 */
public record DemoArticle(
        String slug,
        String title,
        String section,
        String published,
        String byline,
        String standfirst,
        String pullQuote,
        String imageAlt,
        String caption,
        String bodyHtml) {

    static DemoArticle parse(String slug, String source) {
        int separator = source.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalStateException("demo article " + slug + " has no front matter");
        }
        Map<String, String> front = new java.util.HashMap<>();
        for (String line : source.substring(0, separator).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return new DemoArticle(slug, required(front, "title", slug), required(front, "section", slug),
                required(front, "published", slug), required(front, "byline", slug),
                required(front, "standfirst", slug), required(front, "pullquote", slug),
                required(front, "image-alt", slug), required(front, "caption", slug),
                source.substring(separator + 5));
    }

    private static String required(Map<String, String> front, String key, String slug) {
        String value = front.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("demo article " + slug + " lacks " + key);
        }
        return value;
    }

    /** The article's path on the demo server, e.g. {@code /world/athens-accord}. */
    public String path() {
        return "/" + section.toLowerCase(Locale.ROOT) + "/" + slug;
    }
}
