package dev.lede.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The standfirst (dek, summary) under the headline: the page's own description when it gives
 * one (it is what sharing cards and readers show), else visible markup named like a dek.
 */
final class Standfirsts {
    private static final Pattern NAMES = Pattern.compile(
            "(?i)standfirst|(^|[-_\\s])dek([-_\\s]|$)|deck|sub-?title|sub-?headline|summary|article-?lede|intro|excerpt");
    private static final Set<String> CANDIDATES = Set.of("p", "h2", "div");
    /** A standfirst is a sentence or two, not a paragraph of the story. */
    static final int MAX_CHARS = 400;

    private Standfirsts() {
    }

    static String find(Element body, String description) {
        if (description != null && !description.isBlank()) {
            return description;
        }
        for (Element e : Dom.byTags(body, CANDIDATES)) {
            if (!NAMES.matcher(e.className()).find() || Hints.isNoise(e)) {
                continue;
            }
            String text = Text.normalize(e.text());
            if (!text.isEmpty() && text.length() <= MAX_CHARS && !Dom.hasMoreChildrenThan(e, 2)) {
                return text;
            }
        }
        return null;
    }
}
