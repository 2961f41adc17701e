package dev.lede.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline read from the document's {@code <title>} when no metadata names it. Titles
 * carry the site's name or section after a separator ("Headline | Site", "Headline - Section -
 * Site"); the last part is cut off, unless what would remain is too short to be a headline.
 */
final class Titles {
    /** Separators between a headline and the site's name: a spaced bar, dash or path mark. */
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    /** Separators that say "section within site" rather than "headline, then site". */
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern ANY_SEPARATOR = Pattern.compile("[|\\-–—\\\\/>»]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Separators between a headline and the site's name in meta titles: spaced bar, dashes, dot, guillemet, colon. */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]\\s+|:\\s+");
    /** A site's or section's name beside a headline has at most this many words. */
    static final int MAX_NAME_WORDS = 3;
    /** Host labels shorter than this ("co", "www" aside) are not a site's name. */
    static final int MIN_HOST_LABEL = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.Set<String> HEADLINE_TAGS = java.util.Set.of("h1", "h2");
    /** A headline needs at least this many words to stand alone once the site's name is cut. */
    static final int MIN_HEADLINE_WORDS = 3;
    /** At most this many words left after cutting, the cut is suspect and the whole title stays. */
    static final int SHORT_TITLE_WORDS = 4;
    /** More words than this before a colon, the colon is inside the headline, not after a label. */
    static final int MAX_LABEL_WORDS = 5;
    /** Titles shorter or longer than these are not headlines; a lone {@code <h1>} is used instead. */
    static final int MIN_TITLE_CHARS = 15;
    static final int MAX_TITLE_CHARS = 150;

    private Titles() {
    }

    /** The headline from {@code doc}'s {@code <title>} (or its lone {@code <h1>}), or {@code null}. */
    static String fromDocument(Document doc) {
        Element titleElement = Dom.firstByTag(doc, "title");
        String whole = titleElement == null ? "" : Text.normalize(titleElement.text());
        if (whole.isEmpty()) {
            Element h1 = soleH1(doc);
            return h1 == null ? null : nonEmpty(Text.normalize(h1.text()));
        }
        String cut = whole;
        boolean hierarchical = false;
        if (SEPARATOR.matcher(whole).find()) {
            hierarchical = HIERARCHICAL.matcher(whole).find();
            cut = beforeLastSeparator(whole);
            if (words(cut) < MIN_HEADLINE_WORDS) {
                cut = afterFirstSeparator(whole);
            }
        } else if (whole.contains(": ")) {
            cut = afterLabel(doc, whole);
        } else if (whole.length() < MIN_TITLE_CHARS || whole.length() > MAX_TITLE_CHARS) {
            Element h1 = soleH1(doc);
            if (h1 != null && !Text.normalize(h1.text()).isEmpty()) {
                cut = Text.normalize(h1.text());
            }
        }
        cut = Text.normalize(cut);
        int cutWords = words(cut);
        // Cutting a short title to a word or two more likely lost the headline than the site's name.
        boolean oneLevelDropped = hierarchical
                && cutWords == words(ANY_SEPARATOR.matcher(whole).replaceAll("")) - 1;
        if (cutWords <= SHORT_TITLE_WORDS && !oneLevelDropped) {
            return whole;
        }
        return cut;
    }

    /** "Label: Headline" → "Headline", unless a heading on the page gives the whole title. */
    private static String afterLabel(Document doc, String whole) {
        for (Element heading : Dom.byTags(doc, HEADLINE_TAGS)) {
            if (Text.normalize(heading.text()).equals(whole)) {
                return whole;
            }
        }
        String afterLast = whole.substring(whole.lastIndexOf(':') + 1);
        if (words(afterLast) < MIN_HEADLINE_WORDS) {
            return whole.substring(whole.indexOf(':') + 1);
        }
        return words(whole.substring(0, whole.indexOf(':'))) > MAX_LABEL_WORDS ? whole : afterLast;
    }

    /**
     * {@code title} without the site's name at either end, whatever the separator ("Headline |
     * Site", "Site - Headline", "Headline · Site", "Site: Headline"): social and JSON-LD titles
     * carry it on many sites (IGN, Digg, WordPress blogs, the Guardian's sections). The name is
     * told by {@code og:site_name} or by the host ("MoreBikes" for morebikes.co.uk); nothing else
     * is cut, and nothing is cut that would leave no headline.
     */
    static String withoutSiteName(String title, String site, String host) {
        if (title == null) {
            return null;
        }
        String t = title;
        Matcher m = SITE_SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0 && isSiteName(t.substring(lastEnd), site, host)) {
            return t.substring(0, lastStart).strip();
        }
        if (firstStart > 0 && isSiteName(t.substring(0, firstStart), site, host)) {
            return t.substring(firstEnd).strip();
        }
        return t;
    }

    /**
     * Whether {@code text} is the short name beside a headline in one of the titles ("V8" in
     * "Standalone WebAssembly binaries using Emscripten · V8"): a blog's or section's name set in
     * an {@code h1} over its posts (Blogger, Tumblr, WordPress and project blogs).
     */
    static boolean isNameBesideHeadline(String text, java.util.List<String> titles) {
        int words = words(text);
        if (words > MAX_NAME_WORDS) {
            return false;
        }
        String key = Text.key(text);
        for (String title : titles) {
            if (title == null) {
                continue;
            }
            String[] parts = SITE_SEPARATOR.split(title);
            boolean named = false;
            boolean headline = false;
            for (String part : parts) {
                named |= Text.key(part).equals(key);
                headline |= words(part) >= Math.max(MIN_HEADLINE_WORDS + 1, 2 * words);
            }
            if (parts.length > 1 && named && headline) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part} is the site's name: its {@code og:site_name}, or its host's name. */
    static boolean isSiteName(String part, String site, String host) {
        String key = NON_WORD.matcher(part.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        if (key.isEmpty()) {
            return false;
        }
        if (site != null && key.equals(NON_WORD.matcher(site.toLowerCase(java.util.Locale.ROOT)).replaceAll(""))) {
            return true;
        }
        if (host == null) {
            return false;
        }
        // The host's name without its suffix: "morebikes" of morebikes.co.uk, "ign" of ign.com.
        String[] labels = host.toLowerCase(java.util.Locale.ROOT).split("\\.");
        for (int i = 0; i < labels.length - 1; i++) { // not the top-level domain
            String label = labels[i];
            if (label.length() >= MIN_HOST_LABEL && key.equals(label.replace("-", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String beforeLastSeparator(String title) {
        Matcher m = SEPARATOR.matcher(title);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return title.substring(0, last);
    }

    private static String afterFirstSeparator(String title) {
        Matcher m = SEPARATOR.matcher(title);
        return m.find() ? title.substring(m.end()) : title;
    }

    private static Element soleH1(Document doc) {
        var h1s = Dom.byTag(doc, "h1");
        return h1s.size() == 1 ? h1s.get(0) : null;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    /**
     * How much of {@code b}'s wording {@code a} shares, from 0 to 1: the share of {@code b}'s
     * word characters in words that {@code a} also has.
     */
    static double similarity(String a, String b) {
        java.util.Set<String> wordsOfA = java.util.Set.of(tokens(a));
        String[] wordsOfB = tokens(b);
        int total = 0;
        int shared = 0;
        for (String word : wordsOfB) {
            total += word.length();
            if (wordsOfA.contains(word)) {
                shared += word.length();
            }
        }
        return total == 0 || wordsOfA.isEmpty() ? 0 : shared / (double) total;
    }

    private static String[] tokens(String s) {
        java.util.Set<String> tokens = new java.util.LinkedHashSet<>();
        for (String token : NON_WORD.split(s.toLowerCase(java.util.Locale.ROOT))) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens.toArray(new String[0]);
    }

    private static String nonEmpty(String s) {
        return s.isEmpty() ? null : s;
    }
}
