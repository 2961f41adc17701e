package dev.lede.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * Fetches web pages over HTTP/1.1 or HTTP/2, with TLS. Redirects are followed here rather
 * than by the client so that loops are named and the final URL is known. Cookies are kept in
 * memory for the life of the fetcher (consent redirects need them). Thread-safe; the HTTP
 * client is built on first use, so a program that never fetches never pays for it.
 */
public final class Fetcher {
    /** Pages first; feeds (lede lists their items) and plain text next. */
    static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml;q=0.9,"
            + "application/atom+xml;q=0.9,application/xml;q=0.8,text/plain;q=0.8,*/*;q=0.5";
    /** Only what {@link PageReader} can decode is advertised. */
    static final String ACCEPT_ENCODING = "gzip, deflate";

    private final FetchOptions options;
    private final DeferredTrust trust = new DeferredTrust();
    private final DeferredTlsContext tls = DeferredTlsContext.trusting(trust);
    private volatile HttpClient client;

    public Fetcher(FetchOptions options) {
        this.options = options;
    }

    /** The options this fetcher works with. */
    public FetchOptions options() {
        return options;
    }

    /**
     * Fetches {@code uri}, following redirects.
     *
     * @return the page, with its final URL and decoded body
     * @throws FetchException with a one-line message naming the host and the cause
     */
    public Page fetch(URI uri) throws FetchException {
        Fetched fetched = fetch(uri, null, Validators.NONE);
        if (fetched instanceof Fetched.Fresh fresh) {
            return fresh.page();
        }
        throw new FetchException(host(uri) + ": HTTP 304 Not Modified to a request that asked for the page");
    }

    /**
     * Fetches {@code uri}, following redirects; when the chain reaches {@code knownUrl}, asks
     * only for a version newer than the one {@code validators} identify.
     *
     * @param knownUrl   the URL a stored copy came from, or {@code null}
     * @param validators that copy's validators; {@link Validators#NONE} for an ordinary fetch
     * @throws FetchException with a one-line message naming the host and the cause
     */
    public Fetched fetch(URI uri, URI knownUrl, Validators validators) throws FetchException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        List<URI> chain = new ArrayList<>();
        int lastCookieHop = -1; // the last hop whose response set a cookie
        URI current = uri;
        while (true) {
            checkScheme(current);
            int earlier = chain.lastIndexOf(current);
            // Back at an address with no new cookie since: the server will answer as before, forever.
            // (A consent wall that sets a cookie and sends the reader back is not a loop.)
            if (earlier >= 0 && lastCookieHop < earlier) {
                chain.add(current);
                throw new FetchException(host(current) + ": redirect loop: " + describeChain(chain, earlier));
            }
            chain.add(current);
            boolean conditional = current.equals(knownUrl) && !validators.isEmpty();
            HttpResponse<InputStream> response = send(current, conditional ? validators : Validators.NONE, deadline);
            int status = response.statusCode();
            if (status == 304 && conditional) {
                closeQuietly(response.body());
                return new Fetched.NotModified(current);
            }
            if (status >= 300 && status < 400 && status != 304) {
                if (response.headers().firstValue("Set-Cookie").isPresent()) {
                    lastCookieHop = chain.size() - 1;
                }
                String location = response.headers().firstValue("Location").orElse(null);
                closeQuietly(response.body());
                if (location == null) {
                    throw new FetchException(host(current) + ": HTTP " + status + " redirect without a Location");
                }
                if (chain.size() > options.maxRedirects()) {
                    throw new FetchException(host(uri) + ": more than " + options.maxRedirects() + " redirects");
                }
                current = resolve(current, location);
                continue;
            }
            if (status >= 300) {
                closeQuietly(response.body());
                throw new FetchException(host(current) + ": HTTP " + status + " " + HttpStatus.reason(status));
            }
            Page page = read(current, response, deadline);
            return new Fetched.Fresh(page, validatorsOf(response), isStorable(response));
        }
    }

    private Page read(URI url, HttpResponse<InputStream> response, long deadline) throws FetchException {
        try (ReadGuard guard = new ReadGuard(response.body(), options.readTimeout(), deadline, options.timeout())) {
            return PageReader.read(url, response.headers(), guard.stream(), options.maxBytes(), guard::reason);
        }
    }

    private HttpResponse<InputStream> send(URI uri, Validators validators, long deadline) throws FetchException {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw new FetchException(host(uri) + ": timed out after " + ReadGuard.seconds(options.timeout()));
        }
        boolean deadlineFirst = left.compareTo(options.readTimeout()) < 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                // HTTP/2 where TLS negotiates it; in the clear, plain HTTP/1.1 as browsers and curl
                // speak it (an h2c upgrade offer trips up some servers and proxies).
                .version(isTls(uri) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .timeout(deadlineFirst ? left : options.readTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", ACCEPT_ENCODING)
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        try {
            if (isTls(uri)) {
                tls.prepare(); // while the name is looked up and the connection made
                trust.prepare();
            }
            return client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(host(uri) + ": connection timed out after "
                    + ReadGuard.seconds(options.connectTimeout()));
        } catch (HttpTimeoutException e) {
            throw new FetchException(host(uri) + ": timed out " + (deadlineFirst
                    ? "after " + ReadGuard.seconds(options.timeout())
                    : "waiting " + ReadGuard.seconds(options.readTimeout()) + " for a response"));
        } catch (ConnectException e) {
            throw new FetchException(host(uri) + ": " + connectFailure(e));
        } catch (SSLException e) {
            throw new FetchException(host(uri) + ": TLS failed (" + tlsFailure(e) + ")");
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
                            .sslContext(tls)
                            .sslParameters(DeferredTlsContext.clientDefaults()) // else the client makes the context now
                            .version(HttpClient.Version.HTTP_2) // negotiated by TLS: servers without it get HTTP/1.1
                            .connectTimeout(options.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .cookieHandler(new CookieManager())
                            .proxy(options.proxies().selector())
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    private static boolean isTls(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    private static Validators validatorsOf(HttpResponse<?> response) {
        return new Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private static boolean isStorable(HttpResponse<?> response) {
        return response.headers().allValues("Cache-Control").stream()
                .noneMatch(value -> value.toLowerCase(Locale.ROOT).contains("no-store"));
    }

    private static String describeChain(List<URI> chain, int loopStart) {
        return chain.subList(loopStart, chain.size()).stream().map(URI::toString)
                .collect(Collectors.joining(" -> "));
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
            URI target = base.resolve(UriText.escapeIllegal(location.strip()));
            // A fragment names a place in the page, not another page.
            return target.getRawFragment() == null ? target
                    : new URI(target.getScheme(), target.getRawSchemeSpecificPart(), null);
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            throw new FetchException(host(base) + ": redirect to an invalid address");
        }
    }

    private static String connectFailure(ConnectException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
            return "host not found (DNS)";
        }
        return "connection refused";
    }

    private static String describe(IOException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "host not found (DNS)";
            }
            if (cause instanceof SSLException) {
                return "TLS failed (" + tlsFailure(cause) + ")";
            }
            if (cause instanceof EOFException) {
                return "the server closed the connection";
            }
            if (cause instanceof java.net.ProtocolException || String.valueOf(cause.getMessage()).startsWith("Invalid status line")) {
                return "not an HTTP server (" + firstLine(cause.getMessage()) + ")";
            }
            cause = cause.getCause();
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (message.contains("no bytes") || message.contains("closed") || message.contains("reset")) {
            return "the server closed the connection (" + firstLine(message) + ")";
        }
        return firstLine(message);
    }

    /** What went wrong in a TLS handshake, in words: the certificate problems people meet, by their cause. */
    private static String tlsFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof CertificateExpiredException) {
                return "the server's certificate has expired";
            }
            if (cause instanceof CertificateNotYetValidException) {
                return "the server's certificate is not valid yet";
            }
            if (cause instanceof CertPathBuilderException) {
                return "the server's certificate is not from an authority this system trusts";
            }
            if (cause instanceof CertificateException
                    && (message.startsWith("No subject alternative") || message.startsWith("No name matching"))) {
                return "the server's certificate is for another host";
            }
        }
        return firstLine(failure.getMessage());
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
