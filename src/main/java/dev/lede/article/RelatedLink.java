package dev.lede.article;

import java.util.Objects;

/**
 * One entry of a list of links to read: a page's related articles, a feed's items, or the
 * headlines of a list page (a front page, a section page, a link list). Feed items and
 * headlines also carry their date and a summary; related links have neither. Headlines carry
 * the page's own section heading they stand under.
 *
 * @param title     the link text as the page shows it (a feed item's title)
 * @param url       the absolute URL of the article
 * @param published the item's date as ISO-8601, or {@code null}
 * @param summary   the item's summary as plain text on one line, or {@code null}
 * @param section   the heading of the page's section the item stands under ("World"), or {@code null}
 */
public record RelatedLink(String title, String url, String published, String summary, String section) {
    public RelatedLink {
        title = TerminalText.line(Objects.requireNonNull(title, "title"));
        url = TerminalText.url(Objects.requireNonNull(url, "url"));
        published = TerminalText.line(published);
        summary = TerminalText.line(summary);
        section = TerminalText.line(section);
    }

    /** An item outside any section: a feed's item, or a headline on a page without sections. */
    public RelatedLink(String title, String url, String published, String summary) {
        this(title, url, published, summary, null);
    }

    /**
     * The host of {@code url}, lower case and without a leading "www.", as a list shows where a
     * link leads; {@code null} when the address names no host (a file).
     */
    public static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(java.util.Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A related link: a title and an address, no date or summary. */
    public RelatedLink(String title, String url) {
        this(title, url, null, null, null);
    }
}
