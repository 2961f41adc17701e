package dev.lede.article;

import java.util.Objects;

/**
 * One entry of a list of links to read: a page's related articles, or a feed's items. Feed
 * items also carry their date and a summary; related links have neither.
 *
 * @param title     the link text as the page shows it (a feed item's title)
 * @param url       the absolute URL of the article
 * @param published the item's date as ISO-8601, or {@code null}
 * @param summary   the item's summary as plain text on one line, or {@code null}
 */
public record RelatedLink(String title, String url, String published, String summary) {
    public RelatedLink {
        title = TerminalText.line(Objects.requireNonNull(title, "title"));
        url = TerminalText.url(Objects.requireNonNull(url, "url"));
        published = TerminalText.line(published);
        summary = TerminalText.line(summary);
    }

    /** A related link: a title and an address, no date or summary. */
    public RelatedLink(String title, String url) {
        this(title, url, null, null);
    }
}
