package dev.lede.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Fetches web pages over HTTP(S). Redirects are followed here rather than by the client so
 * that loops are named and the final URL is known. Thread-safe; the HTTP client is built on
 * first use, so a program that never fetches never pays for it.
 */
public final class Fetcher {
    private final FetchOptions options;
    private volatile HttpClient client;

    public Fetcher(FetchOptions options) {
        this.options = options;
    }

    /**
     * Fetches {@code uri}, following redirects.
     *
     * @return the page, with its final URL and decoded body
     * @throws FetchException with a one-line message naming the host and the cause
     */
    public Page fetch(URI uri) throws FetchException {
        Instant deadline = Instant.now().plus(options.timeout());
        Set<URI> seen = new HashSet<>();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            checkScheme(current);
            if (!seen.add(current)) {
                throw new FetchException(host(current) + ": redirect loop at " + current);
            }
            HttpResponse<InputStream> response = send(current, remaining(deadline, current));
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                closeQuietly(response.body());
                if (location == null) {
                    throw new FetchException(host(current) + ": HTTP " + status + " redirect without a Location");
                }
                if (hop >= options.maxRedirects()) {
                    throw new FetchException(host(uri) + ": more than " + options.maxRedirects() + " redirects");
                }
                current = resolve(current, location);
                continue;
            }
            if (status >= 400) {
                closeQuietly(response.body());
                throw new FetchException(host(current) + ": HTTP " + status + " " + HttpStatus.reason(status));
            }
            return PageReader.read(current, response, options.maxBytes());
        }
    }

    private HttpResponse<InputStream> send(URI uri, Duration timeout) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate")
                .GET()
                .build();
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(host(uri) + ": connection timed out");
        } catch (HttpTimeoutException e) {
            throw new FetchException(host(uri) + ": timed out after " + options.timeout().toSeconds() + " s");
        } catch (ConnectException e) {
            throw new FetchException(host(uri) + ": " + connectFailure(e));
        } catch (SSLException e) {
            throw new FetchException(host(uri) + ": TLS failed (" + firstLine(e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(host(uri) + ": cancelled");
        } catch (InterruptedIOException e) {
            throw new FetchException(host(uri) + ": cancelled");
        } catch (IOException e) {
            throw new FetchException(host(uri) + ": " + describe(e));
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid web address: " + uri);
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .connectTimeout(options.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    private static Duration remaining(Instant deadline, URI uri) throws FetchException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new FetchException(host(uri) + ": timed out");
        }
        return left;
    }

    private static void checkScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("not fetched: only http and https addresses are read (" + uri + ")");
        }
        if (uri.getHost() == null) {
            throw new FetchException("not a valid web address: " + uri);
        }
    }

    private static URI resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(host(base) + ": redirect to an invalid address");
        }
    }

    private static String connectFailure(ConnectException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
            return "host not found";
        }
        return "connection refused";
    }

    private static String describe(IOException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "host not found";
            }
            cause = cause.getCause();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
    }

    static String host(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return String.valueOf(uri);
        }
        return uri.getPort() == -1 ? host : host + ":" + uri.getPort();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The response is being discarded anyway.
        }
    }
}
