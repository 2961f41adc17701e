package dev.lede.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article as read from a page: metadata, body blocks and the page's own related list.
 * Immutable and independent of screen width, so it is what caches keep. Its text never holds
 * terminal controls: every record of the model passes its strings through {@link TerminalText}.
 *
 * @param url        the final URL the page was read from (after redirects), or {@code null} for a local file
 * @param title      the headline; never {@code null}, may be empty
 * @param site       the publication's name, or {@code null}
 * @param byline     the author line without a leading "By", or {@code null}
 * @param published  the publication date as ISO-8601 (keeping the page's offset), or {@code null}
 * @param lang       the page's language tag, or {@code null}
 * @param standfirst the summary set under the headline, or {@code null}
 * @param body       the article's blocks in reading order
 * @param related    the page's related-articles list in page order; for a feed, its items
 * @param feed       the address of the RSS or Atom feed the page advertises, or {@code null}
 * @param kind       what the page is: an article to read, a feed, or a list page (a front page, a
 *                   section page, a link list); a feed and a list page keep their items in
 *                   {@code related} and open as their list
 * @param other      the other reading of the same page, or {@code null} when it has none: for a list
 *                   page, the page read as an article; for an article that also holds a list of
 *                   headlines, that list (kind {@link Kind#LIST}). Never itself has an {@code other}.
 */
public record Article(
        String url,
        String title,
        String site,
        String byline,
        String published,
        String lang,
        String standfirst,
        List<Block> body,
        List<RelatedLink> related,
        String feed,
        Kind kind,
        Article other) {

    /** What a page is, and so how it opens. */
    public enum Kind {
        /** A text to read. */
        ARTICLE,
        /** An RSS or Atom feed: the list of its items. */
        FEED,
        /** A web page that is a list of articles: its headlines, grouped by the page's sections. */
        LIST;

        /** The name JSON output gives the kind: "article", "feed" or "list". */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The scheme of lede's own pages. */
    public static final String BUILT_IN_SCHEME = "lede:";

    /** Words a reader reads per minute, for the reading-time estimate. */
    public static final int WORDS_PER_MINUTE = 230;

    public Article {
        // Every string a page supplies is made terminal-safe here, where it enters the model.
        url = TerminalText.url(url);
        title = TerminalText.line(Objects.requireNonNullElse(title, ""));
        site = TerminalText.line(site);
        byline = TerminalText.line(byline);
        published = TerminalText.line(published);
        lang = TerminalText.line(lang);
        standfirst = TerminalText.line(standfirst);
        body = List.copyOf(body);
        related = List.copyOf(related);
        feed = TerminalText.url(feed);
        kind = Objects.requireNonNullElse(kind, Kind.ARTICLE);
        if (other != null && other.other() != null) {
            other = other.withOther(null); // two readings of one page, not a chain
        }
    }

    /** An article or a feed, with no other reading. */
    public Article(String url, String title, String site, String byline, String published, String lang,
                   String standfirst, List<Block> body, List<RelatedLink> related, String feed, boolean isFeed) {
        this(url, title, site, byline, published, lang, standfirst, body, related, feed,
                isFeed ? Kind.FEED : Kind.ARTICLE, null);
    }

    /** An article that is not a feed and advertises none. */
    public Article(String url, String title, String site, String byline, String published, String lang,
                   String standfirst, List<Block> body, List<RelatedLink> related) {
        this(url, title, site, byline, published, lang, standfirst, body, related, null, false);
    }

    /** Whether the page is an RSS or Atom feed. */
    public boolean isFeed() {
        return kind == Kind.FEED;
    }

    /** Whether the page opens as the list of its items ({@code related}): a feed or a list page. */
    public boolean opensAsList() {
        return kind != Kind.ARTICLE;
    }

    /** The pull-quotes of the body, in page order. */
    public List<String> pullQuotes() {
        List<String> quotes = new ArrayList<>();
        for (Block block : body) {
            if (block instanceof Block.PullQuote quote) {
                quotes.add(quote.text());
            }
        }
        return quotes;
    }

    /**
     * A short summary for previews: the standfirst, else the body's first paragraph (the
     * convention Readability's excerpt follows); {@code null} when the article has neither.
     */
    public String excerpt() {
        if (standfirst != null) {
            return standfirst;
        }
        for (Block block : body) {
            if (block instanceof Block.Paragraph p) {
                String text = Block.textOf(p.spans()).strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    /**
     * The body as plain text: one block per paragraph, blocks separated by a blank line,
     * without pull-quotes and figure captions (they are not running text).
     */
    public String text() {
        return BodyText.of(body);
    }

    /** Number of words in the body text. */
    public int words() {
        return BodyText.countWords(text());
    }

    /**
     * Estimated reading time in whole minutes, at least 1 for a non-empty body; 0 for lede's own
     * pages, which are lists to choose from, not texts to read.
     */
    public int readingMinutes() {
        if (isBuiltIn()) {
            return 0;
        }
        int words = words();
        return words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    /** Whether this is one of lede's own pages (the start page, the info page), addressed {@code lede:…}. */
    public boolean isBuiltIn() {
        return url != null && url.startsWith(BUILT_IN_SCHEME);
    }

    /** A copy with another URL, for articles read from a source that was later redirected. */
    public Article withUrl(String newUrl) {
        return new Article(newUrl, title, site, byline, published, lang, standfirst, body, related, feed, kind,
                other == null ? null : other.withUrl(newUrl));
    }

    /** A copy advertising the feed at {@code feedUrl} (or none, for {@code null}). */
    public Article withFeed(String feedUrl) {
        return new Article(url, title, site, byline, published, lang, standfirst, body, related, feedUrl, kind,
                other == null ? null : other.withFeed(feedUrl));
    }

    /** A copy whose other reading is {@code reading} (or none, for {@code null}). */
    public Article withOther(Article reading) {
        return new Article(url, title, site, byline, published, lang, standfirst, body, related, feed, kind, reading);
    }

    /** The same page in its other reading (the list when this is the article, and back), or {@code null}. */
    public Article toggled() {
        return other == null ? null : other.withOther(withOther(null));
    }

    /** The page read as an article: this, or for a list page the article reading it keeps, if any. */
    public Article asArticle() {
        return kind == Kind.LIST && other != null ? other : this;
    }
}
