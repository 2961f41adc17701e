package dev.lede.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A fetched page, before extraction.
 *
 * @param url         the final URL after redirects, or {@code null} for a page read from a file
 * @param baseUri     what relative links resolve against: {@code url}, or the file's URI
 * @param contentType the media type without parameters, lower case (e.g. {@code text/html})
 * @param body        the decoded (decompressed) bytes
 * @param charset     the character set the body is in, as decided by {@link Charsets}
 * @param charsetNote why {@code charset} is not what the page declares (for {@code --verbose}), or {@code null}
 */
public record Page(URI url, URI baseUri, String contentType, byte[] body, Charset charset, String charsetNote) {
    public Page {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(charset, "charset");
    }

    /** A page whose charset needs no note. */
    public Page(URI url, URI baseUri, String contentType, byte[] body, Charset charset) {
        this(url, baseUri, contentType, body, charset, null);
    }

    /** A page in the charset {@code decision} chose, with its note. */
    static Page decided(URI url, URI baseUri, String contentType, byte[] body, Charsets.Decision decision) {
        return new Page(url, baseUri, contentType, body, decision.charset(), decision.note());
    }

    /** The body as text. */
    public String text() {
        String text = new String(body, charset);
        // A byte order mark is an encoding signal, not content.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether the body is plain text rather than markup. */
    public boolean isPlainText() {
        return "text/plain".equals(contentType);
    }
}
