package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.lede.testing.LoopbackServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk cache in front of a real server: revalidation costs no body; offline needs no server. */
class CachingFetcherIT {
    @TempDir
    Path dir;

    private final AtomicInteger bodiesSent = new AtomicInteger();
    private volatile String version = "v1";
    private final LoopbackServer server = new LoopbackServer()
            .route("/etag", exchange -> conditional(exchange, "If-None-Match", "ETag", "\"" + version + "\""))
            .route("/dated", exchange -> conditional(exchange, "If-Modified-Since", "Last-Modified",
                    version.equals("v1") ? "Wed, 21 Oct 2015 07:28:00 GMT" : "Thu, 22 Oct 2015 07:28:00 GMT"))
            .route("/private", exchange -> {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                body(exchange);
            })
            .redirect("/old", "/etag");

    private void conditional(HttpExchange exchange, String ask, String tell, String validator) throws IOException {
        exchange.getResponseHeaders().set(tell, validator);
        if (validator.equals(exchange.getRequestHeaders().getFirst(ask))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        body(exchange);
    }

    private void body(HttpExchange exchange) throws IOException {
        bodiesSent.incrementAndGet();
        LoopbackServer.send(exchange, 200, "text/html; charset=utf-8",
                ("<html><p>Version " + version + " — café</p></html>").getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CachingFetcher online() {
        return new CachingFetcher(new Fetcher(FetchOptions.defaults("test")), cache(), false, Clock.systemUTC());
    }

    private CachingFetcher offline() {
        return new CachingFetcher(new Fetcher(FetchOptions.defaults("test")), cache(), true, Clock.systemUTC());
    }

    private DiskCache cache() {
        return new DiskCache(dir, DiskCache.DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    private URI url(String path) {
        return URI.create(server.url(path));
    }

    @Test
    void secondVisit_withEtag_isA304AndNoBody() throws FetchException {
        online().fetch(url("/etag"), false);
        CachingFetcher again = online();
        Page page = again.fetch(url("/etag"), false);
        assertTrue(page.text().contains("Version v1 — café"), page.text());
        assertEquals(1, bodiesSent.get());
        assertEquals(1, again.revalidated());
    }

    @Test
    void secondVisit_withLastModified_isA304AndNoBody() throws FetchException {
        online().fetch(url("/dated"), false);
        online().fetch(url("/dated"), false);
        assertEquals(1, bodiesSent.get());
    }

    @Test
    void changedPage_replacesTheStoredCopy() throws FetchException {
        online().fetch(url("/etag"), false);
        version = "v2";
        assertTrue(online().fetch(url("/etag"), false).text().contains("Version v2"));
        server.close();
        assertTrue(offline().fetch(url("/etag"), false).text().contains("Version v2"));
    }

    @Test
    void reload_fetchesTheWholePage() throws FetchException {
        online().fetch(url("/etag"), false);
        online().fetch(url("/etag"), true);
        assertEquals(2, bodiesSent.get());
    }

    @Test
    void redirectedPage_isRevalidatedAtItsFinalUrl() throws FetchException {
        online().fetch(url("/old"), false);
        Page page = online().fetch(url("/old"), false);
        assertEquals(url("/etag"), page.url());
        assertEquals(1, bodiesSent.get());
    }

    @Test
    void offline_afterTheServerStopped_readsTheStoredCopy() throws FetchException {
        online().fetch(url("/etag"), false);
        server.close();
        Page page = offline().fetch(url("/etag"), false);
        assertTrue(page.text().contains("Version v1 — café"));
        assertEquals(url("/etag"), page.url());
    }

    @Test
    void offline_pageNeverFetched_saysItIsNotInTheCache() {
        FetchException e = assertThrows(FetchException.class, () -> offline().fetch(url("/dated"), false));
        assertEquals(server.host() + ": not in the offline cache (" + url("/dated") + ")", e.getMessage());
        assertEquals(0, server.requests());
    }

    @Test
    void noStore_isNotKept() throws FetchException {
        online().fetch(url("/private"), false);
        assertThrows(FetchException.class, () -> offline().fetch(url("/private"), false));
    }
}
