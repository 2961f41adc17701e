package dev.lede.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and identity for fetching. The defaults are meant to go unnoticed by a reader on
 * an ordinary link and still stop a server that stalls or never ends.
 *
 * @param connectTimeout how long to wait for a connection
 * @param timeout        the total deadline for one page, redirects included
 * @param maxBytes       the body cap, counted after decompression
 * @param maxRedirects   how many redirects are followed before giving up
 * @param userAgent      the User-Agent header sent
 */
public record FetchOptions(
        Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects, String userAgent) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 10;

    public FetchOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** The defaults, with a User-Agent naming lede and {@code version}. */
    public static FetchOptions defaults(String version) {
        return new FetchOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
                DEFAULT_MAX_REDIRECTS, "lede/" + version + " (terminal article reader)");
    }

    public FetchOptions withTimeout(Duration newTimeout) {
        return new FetchOptions(connectTimeout, newTimeout, maxBytes, maxRedirects, userAgent);
    }

    public FetchOptions withUserAgent(String newUserAgent) {
        return new FetchOptions(connectTimeout, timeout, maxBytes, maxRedirects, newUserAgent);
    }
}
