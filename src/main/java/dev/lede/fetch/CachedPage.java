package dev.lede.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;

/**
 * A page as the disk cache keeps it: the decoded body with what is needed to read it again
 * (final URL, media type, charset) and to ask the server whether it changed (validators).
 *
 * @param url        the URL that was asked for; the cache key
 * @param page       the page, final URL included
 * @param validators the server's ETag and Last-Modified, possibly none
 * @param storedAt   when the copy was fetched or last confirmed current
 */
public record CachedPage(URI url, Page page, Validators validators, Instant storedAt) {
    public CachedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(page.url(), "page.url");
        Objects.requireNonNull(validators, "validators");
        Objects.requireNonNull(storedAt, "storedAt");
    }

    /** The charset by name, for writing. */
    String charsetName() {
        return page.charset().name();
    }

    static Page page(URI finalUrl, String mediaType, String charset, byte[] body) {
        return new Page(finalUrl, finalUrl, mediaType, body, Charset.forName(charset));
    }
}
