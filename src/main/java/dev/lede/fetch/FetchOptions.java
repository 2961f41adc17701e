package dev.lede.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Limits and identity for fetching. The defaults are meant to go unnoticed by a reader on
 * an ordinary link and still stop a server that stalls or never ends.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long the server may stay silent, waiting for headers or between
 *                       pieces of the body, before the page is given up
 * @param timeout        the total deadline for one page, redirects and body included
 * @param maxBytes       the body cap, counted after decompression
 * @param maxRedirects   how many redirects are followed before giving up
 * @param userAgent      the User-Agent header sent
 * @param proxies        which proxy each address goes through
 */
public record FetchOptions(
        Duration connectTimeout, Duration readTimeout, Duration timeout, long maxBytes, int maxRedirects,
        String userAgent, ProxyRules proxies) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 10;

    public FetchOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(proxies, "proxies");
    }

    /** The defaults, with a User-Agent naming lede and {@code version}, and no proxy. */
    public static FetchOptions defaults(String version) {
        return new FetchOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
                DEFAULT_MAX_REDIRECTS, "lede/" + version + " (terminal article reader)", ProxyRules.none());
    }

    /** The total deadline; the silence allowed is shortened to fit inside it. */
    public FetchOptions withTimeout(Duration newTimeout) {
        Duration read = readTimeout.compareTo(newTimeout) > 0 ? newTimeout : readTimeout;
        return new FetchOptions(connectTimeout, read, newTimeout, maxBytes, maxRedirects, userAgent, proxies);
    }

    public FetchOptions withConnectTimeout(Duration newConnectTimeout) {
        return new FetchOptions(newConnectTimeout, readTimeout, timeout, maxBytes, maxRedirects, userAgent, proxies);
    }

    public FetchOptions withReadTimeout(Duration newReadTimeout) {
        return new FetchOptions(connectTimeout, newReadTimeout, timeout, maxBytes, maxRedirects, userAgent, proxies);
    }

    public FetchOptions withMaxBytes(long newMaxBytes) {
        return new FetchOptions(connectTimeout, readTimeout, timeout, newMaxBytes, maxRedirects, userAgent, proxies);
    }

    public FetchOptions withMaxRedirects(int newMaxRedirects) {
        return new FetchOptions(connectTimeout, readTimeout, timeout, maxBytes, newMaxRedirects, userAgent, proxies);
    }

    public FetchOptions withUserAgent(String newUserAgent) {
        return new FetchOptions(connectTimeout, readTimeout, timeout, maxBytes, maxRedirects, newUserAgent, proxies);
    }

    public FetchOptions withProxies(ProxyRules newProxies) {
        return new FetchOptions(connectTimeout, readTimeout, timeout, maxBytes, maxRedirects, userAgent, newProxies);
    }

    /** These options with proxies taken from the environment the way curl reads it. */
    public FetchOptions withProxiesFrom(Map<String, String> environment) {
        return withProxies(ProxyRules.fromEnvironment(environment));
    }
}
