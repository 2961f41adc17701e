package dev.lede.article;

import java.util.Objects;

/**
 * One entry of a page's related-articles list.
 *
 * @param title the link text as the page shows it
 * @param url   the absolute URL of the related article
 */
public record RelatedLink(String title, String url) {
    public RelatedLink {
        title = TerminalText.line(Objects.requireNonNull(title, "title"));
        url = TerminalText.url(Objects.requireNonNull(url, "url"));
    }
}
