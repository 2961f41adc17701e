package dev.lede.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline as the page shows it: the article's visible {@code h1}. Social and search titles
 * ({@code og:title}, JSON-LD {@code headline}, {@code <title>}) are often shorter or reworded
 * (BBC, CBS News, Vox, Newsweek, the New York Times' "Opinion | …"), so they only pick which
 * {@code h1} is the article's when a page has several, and stand in when it shows none.
 */
final class Headlines {
    /** Site logos and mastheads set in an {@code h1} (blogs, portals, Korean and Indonesian news sites). */
    private static final Pattern LOGO = Pattern.compile(
            "(?i)logo|brand|masthead|site-?(title|name|header)|sr-only|visually-hidden");
    /**
     * Share of its wording an {@code h1} must have in common with a metadata title to be taken
     * for the same headline; reworded social titles keep a quarter to a half of it (BBC, Wday,
     * CBS News), another story's title a tenth to a fifth.
     */
    static final double SAME_STORY = 0.25;
    /** An {@code h1} with fewer than 1/FRAGMENT of a title's words is a fragment of it, not its headline. */
    static final int FRAGMENT = 2;
    /** Parts of a page that hold other stories' headlines: teasers, comments, sidebars. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "(?i)(^|[-_\\s])(comments?|related|recommended|sidebar|teasers?|outbrain|taboola)([-_\\s]|$)");
    /** Shorter than this, an {@code h1} holds no headline ("Mozilla" is one). */
    static final int MIN_CHARS = 2;
    /** Longer than this, an {@code h1} wraps a whole teaser, not a headline. */
    static final int MAX_CHARS = 300;

    private Headlines() {
    }

    /**
     * The visible headline: of the page's {@code h1}s outside menus, hidden parts and logos, the
     * one most like the metadata titles; or, when no title is given, the only one. An {@code h1}
     * that names the site (a blog's name over its posts) is not a headline.
     *
     * @param titles the titles the page's metadata gives, {@code null}s allowed
     * @return the headline's text, or {@code null} when the page shows none that fits
     */
    static String visible(Document doc, String site, String host, List<String> titles) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        String best = null;
        double bestScore = SAME_STORY;
        int candidates = 0;
        String only = null;
        for (Element h1 : Dom.byTag(body, "h1")) {
            String text = Text.normalize(h1.text());
            if (!isCandidate(h1, text, body) || Titles.isSiteName(text, site, host) || Titles.isNameBesideHeadline(text, titles)) {
                continue;
            }
            candidates++;
            only = text;
            for (String title : titles) {
                if (title != null && FRAGMENT * Titles.words(text) < Titles.words(title)) {
                    continue; // a word or two of a longer title: a section's or site's name ("Ferry", "V8")
                }
                double score = title == null ? 0 : Math.max(Titles.similarity(title, text), Titles.similarity(text, title));
                if (score >= bestScore && (best == null || score > bestScore)) {
                    best = text;
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            return best;
        }
        boolean noTitle = titles.stream().allMatch(t -> t == null || t.isBlank());
        return noTitle && candidates == 1 ? only : null;
    }

    private static boolean isCandidate(Element h1, String text, Element body) {
        if (text.length() < MIN_CHARS || text.length() > MAX_CHARS) {
            return false;
        }
        for (Element e = h1; e != null && e != body; e = e.parent()) {
            String tag = e.normalName();
            if (Hints.isHidden(e) || Hints.namedLike(e, LOGO) || Hints.namedLike(e, ELSEWHERE) || tag.equals("a")
                    || tag.equals("footer") || tag.equals("nav") || tag.equals("aside")) {
                return false;
            }
        }
        return true;
    }
}
