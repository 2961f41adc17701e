package dev.lede.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about it. */
final class Hints {
    /** Containers that are not the article, whatever their text. */
    static final Pattern NOISE = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|promo|advert"
            + "|advertisement|ads?|adslot|sponsor(ed)?|related|recommend(ed|ations)?|outbrain|taboola|comments?"
            + "|disqus|cookie|consent|gdpr|banner|player|audio-player|toolbar|breadcrumbs?|tags?|tag-list"
            + "|popup|modal|paywall|nav|navigation|menu|footer|masthead|sidebar|widget|more-stories|read-more"
            + "|print|login|skip-link|visually-hidden|sr-only)([-_\\s]|$)");
    /** Containers that are never the article even when they hold prose. */
    static final Pattern ALWAYS_NOISE = Pattern.compile(
            "(?i)(^|[-_\\s])(comments?|comment-list|disqus|outbrain|taboola"
            // Compound names of comment threads, WordPress's default "commentlist" first.
            + "|comments?(list|box|area|wrap|wrapper|container|thread))([-_\\s]|$)");
    /** Boxes beside the article, unless they turn out to hold its prose. */
    static final Pattern SIDEBAR = Pattern.compile("(?i)(^|[-_\\s])sidebar([-_\\s]|$)");
    /** Photo galleries: their captions read as prose, so only a headline inside marks the article. */
    static final Pattern GALLERY = Pattern.compile("(?i)(^|[-_\\s])(gallery|slideshow|carousel|slider)([-_\\s]|$)");
    /** Containers likely to hold the article. */
    static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|main|page|post|story|text|blog");
    /** Containers unlikely to hold the article. */
    static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll"
            + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline"
            + "|caption|credit|newsletter|subscribe|banner|cookie");
    /**
     * Boxes of what has its own field or no place in the text: captions, photo credits, bylines,
     * datelines, reading times, post meta. The first words match inside camelCase names too.
     */
    static final Pattern METADATA = Pattern.compile(
            "(?i)caption|credit|byline|dateline|timestamp|(^|[-_\\s])(meta|date|time|postinfo|post-info|attribution"
            + "|submeta|read-time|reading-time|filed-under|posted-on)([-_\\s]|$)");
    /** Captions and credits: skipped even as inline spans, which other metadata names are not. */
    static final Pattern CAPTION = Pattern.compile("(?i)caption|credit");
    /** Pull-quotes by their markup. */
    static final Pattern PULL_QUOTE = Pattern.compile(
            "(?i)pull-?quote|pullout|callout|quote-?highlight|highlighted-?quote|blockquote--pull|inline-quote");

    /**
     * Names remembered per pattern before that pattern's answers are forgotten: a page repeats
     * its class names many times (every card, every paragraph), and pages of one site share them.
     */
    static final int MAX_REMEMBERED = 20_000;
    /**
     * Answers already found, per pattern (by identity) and names. Matching the long alternations
     * above at every position of every name was a tenth of a batch dump's time. The answers are
     * those of the patterns, whichever page asked first, so no page can change another's result.
     */
    private static final Map<Pattern, Map<String, Boolean>> ANSWERS = new ConcurrentHashMap<>();

    private Hints() {
    }

    /** Whether {@code pattern} finds a match in {@code names}, remembered. */
    static boolean finds(Pattern pattern, String names) {
        Map<String, Boolean> answers = ANSWERS.computeIfAbsent(pattern, p -> new ConcurrentHashMap<>());
        Boolean answer = answers.get(names);
        if (answer == null) {
            if (answers.size() >= MAX_REMEMBERED) {
                answers.clear();
            }
            answer = pattern.matcher(names).find();
            answers.put(names, answer);
        }
        return answer;
    }

    /**
     * Whether {@code pattern} finds a match in the element's class and id, joined by a space.
     * Most elements have neither, and none of the name patterns matches a lone space, so those
     * are answered without joining or matching.
     */
    static boolean namedLike(Element e, Pattern pattern) {
        String className = e.className();
        String id = e.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        return finds(pattern, className + " " + id);
    }

    /** Whether the element's class attribute, as written, has a match for {@code pattern} (as {@code [class~=pattern]}). */
    static boolean classLike(Element e, Pattern pattern) {
        return e.hasAttr("class") && finds(pattern, e.attr("class"));
    }

    /** The element's class, id and role, joined, for matching. */
    static String names(Element e) {
        return e.className() + " " + e.id() + " " + e.attr("role");
    }

    static boolean isNoise(Element e) {
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("banner") || role.equals("complementary")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("alertdialog")) {
            return true;
        }
        if (!namedLike(e, NOISE) && !namedLike(e, ALWAYS_NOISE)) {
            return false;
        }
        // Class names are loose (WordPress puts "tag-foo" on the article itself): a noisy name
        // does not outweigh a good run of prose, except for comment threads.
        return namedLike(e, ALWAYS_NOISE) || !TextStats.isProse(e);
    }

    /** Captions, credits, bylines and the like, unless the box turns out to hold the article's prose. */
    static boolean isMetadata(Element e) {
        return namedLike(e, METADATA) && !TextStats.isProse(e);
    }

    static boolean isCaption(Element e) {
        return namedLike(e, CAPTION);
    }

    /**
     * Comment threads always; asides and sidebars unless they hold the prose; galleries unless
     * they hold the headline (WordPress marks a whole post {@code format-gallery}).
     */
    static boolean isBesideTheArticle(Element e) {
        boolean named = namedLike(e, ALWAYS_NOISE) || namedLike(e, GALLERY);
        if (named) {
            // A name is a weak hint: a box holding the page's headline wraps the article itself
            // (a page wrapper named after an ad network's script, a post inside a gallery
            // layout, a layout column called a sidebar), whatever it is called.
            return !holdsHeadline(e);
        }
        boolean beside = e.normalName().equals("aside") || e.attr("role").equals("complementary")
                || namedLike(e, SIDEBAR);
        return beside && !TextStats.isProse(e) && !holdsHeadline(e);
    }

    /** Whether the element holds a first-level heading: the article's header and body together. */
    static boolean holdsHeadline(Element e) {
        return Dom.firstByTag(e, "h1") != null;
    }

    /** A photo gallery inside the page, not a post about one (which holds its own headline). */
    static boolean isGallery(Element e) {
        return namedLike(e, GALLERY) && Dom.firstByTag(e, "h1") == null;
    }

    static boolean isPullQuote(Element e) {
        String names = names(e);
        return !names.isBlank() && finds(PULL_QUOTE, names);
    }

    /** Class/id weight in the spirit of Readability: ±25. */
    static int weight(Element e) {
        int weight = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (finds(NEGATIVE, name)) {
                weight -= 25;
            }
            if (finds(POSITIVE, name)) {
                weight += 25;
            }
        }
        return weight;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
