package dev.lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        for (Element meta : Dom.byTagWith(doc, "meta", "content")) {
            // Many sites escape entities twice in meta values ("&amp;quot;"); the second layer goes here.
            String content = Text.normalize(Parser.unescapeEntities(meta.attr("content"), false));
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                // Some pages list several names in one attribute: property="og:title twitter:title".
                for (String name : words(meta.attr(attribute))) {
                    tags.put(normalName(name), content);
                }
            }
        }
        return new MetaTags(tags);
    }

    /** The words of {@code value} between runs of white space (as {@code \s} in a regex), in order. */
    static List<String> words(String value) {
        List<String> words = new ArrayList<>(1);
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean space = i == value.length() || isRegexSpace(value.charAt(i));
            if (space && start >= 0) {
                words.add(value.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
