package dev.lede.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page's {@code <meta>} values by name. Names are lower-cased and Dublin Core is spelt one
 * way ({@code DC.Title}, {@code dc:title} and {@code dcterm:title} all become {@code dc:title}
 * or {@code dcterms:title}), so readers ask for one key.
 */
final class MetaTags {
    private final Map<String, String> values;

    private MetaTags(Map<String, String> values) {
        this.values = values;
    }

    /** The value of {@code name} (in its normal spelling), or {@code null}. */
    String get(String name) {
        return values.get(name);
    }

    /**
     * Every meta tag of {@code doc}. When a name repeats, the last value wins, as in browsers'
     * reader views: the later tag is the one a page's plugins added to correct the first.
     */
    static MetaTags read(Document doc) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : doc.select("meta[content]")) {
            // Many sites escape entities twice in meta values ("&amp;quot;"); the second layer goes here.
            String content = Text.normalize(Parser.unescapeEntities(meta.attr("content"), false));
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                // Some pages list several names in one attribute: property="og:title twitter:title".
                for (String name : meta.attr(attribute).split("\\s+")) {
                    if (!name.isEmpty()) {
                        tags.put(normalName(name), content);
                    }
                }
            }
        }
        return new MetaTags(tags);
    }

    static String normalName(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("dc.") || s.startsWith("dc:")) {
            return "dc:" + s.substring(3);
        }
        for (String prefix : new String[] {"dcterms.", "dcterms:", "dcterm.", "dcterm:"}) {
            if (s.startsWith(prefix)) {
                return "dcterms:" + s.substring(prefix.length());
            }
        }
        return s;
    }
}
