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
 * @param isFeed     the page is a feed: its items are {@code related}, and it opens as their list
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
        boolean isFeed) {

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
    }

    /** An article that is not a feed and advertises none. */
    public Article(String url, String title, String site, String byline, String published, String lang,
                   String standfirst, List<Block> body, List<RelatedLink> related) {
        this(url, title, site, byline, published, lang, standfirst, body, related, null, false);
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
        return new Article(newUrl, title, site, byline, published, lang, standfirst, body, related, feed, isFeed);
    }

    /** A copy advertising the feed at {@code feedUrl} (or none, for {@code null}). */
    public Article withFeed(String feedUrl) {
        return new Article(url, title, site, byline, published, lang, standfirst, body, related, feedUrl, isFeed);
    }
}
