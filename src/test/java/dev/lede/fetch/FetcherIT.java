package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.LoopbackServer;
import dev.lede.testing.RawServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetching from a real server on loopback: what works, and one clear line for what does not. */
class FetcherIT {
    private final LoopbackServer server = new LoopbackServer()
            .page("/page", 200, "text/html; charset=utf-8", "<html><title>T</title><p>Héllo</p></html>")
            .page("/xhtml", 200, "application/xhtml+xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>X</p></html>")
            .page("/plain", 200, "text/plain", "Just text.\n  Indented.")
            .page("/pdf", 200, "application/pdf", "%PDF-1.7 not text")
            .route("/png", exchange -> LoopbackServer.send(exchange, 200, "image/png", new byte[12 * 1024]))
            .page("/missing", 404, "text/html", "<h1>gone</h1>")
            .page("/broken", 500, "text/html", "<h1>oops</h1>")
            .redirect("/moved", "/page")
            .redirect("/spaced", "/pa ge")
            .page("/pa ge", 200, "text/html", "<p>spaced out</p>") // contexts match the decoded path
            .redirect("/a", "/b").redirect("/b", "/c").redirect("/c", "/page")
            .redirect("/loop1", "/loop2").redirect("/loop2", "/loop3").redirect("/loop3", "/loop1")
            .route("/endless/", exchange -> {
                int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/endless/".length()));
                exchange.getResponseHeaders().set("Location", "/endless/" + (n + 1));
                exchange.sendResponseHeaders(302, -1);
            })
            .route("/gate", exchange -> {
                String cookie = exchange.getRequestHeaders().getFirst("Cookie");
                if (cookie != null && cookie.contains("gate=open")) {
                    LoopbackServer.send(exchange, 200, "text/html", "<p>past the gate</p>".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                exchange.getResponseHeaders().add("Set-Cookie", "gate=open; Path=/");
                exchange.getResponseHeaders().set("Location", "/gate");
                exchange.sendResponseHeaders(302, -1);
            })
            .route("/upgrade", exchange -> LoopbackServer.send(exchange, 200, "text/plain",
                    String.valueOf(exchange.getRequestHeaders().getFirst("Upgrade")).getBytes(StandardCharsets.UTF_8)))
            .route("/agent", exchange -> LoopbackServer.send(exchange, 200, "text/plain",
                    exchange.getRequestHeaders().getFirst("User-Agent").getBytes(StandardCharsets.UTF_8)))
            .route("/consent", exchange -> {
                exchange.getResponseHeaders().add("Set-Cookie", "consent=yes; Path=/");
                exchange.getResponseHeaders().set("Location", "/walled");
                exchange.sendResponseHeaders(302, -1);
            })
            .route("/walled", exchange -> {
                String cookie = exchange.getRequestHeaders().getFirst("Cookie");
                boolean consented = cookie != null && cookie.contains("consent=yes");
                LoopbackServer.send(exchange, consented ? 200 : 403, "text/html",
                        "<p>behind the wall</p>".getBytes(StandardCharsets.UTF_8));
            });
    private final Fetcher fetcher = new Fetcher(FetchOptions.defaults("test"));

    @AfterEach
    void stop() {
        server.close();
    }

    private Page fetch(String path) throws FetchException {
        return fetcher.fetch(URI.create(server.url(path)));
    }

    private String failure(String path) {
        return assertThrows(FetchException.class, () -> fetch(path)).getMessage();
    }

    @Test
    void fetch_htmlPage_decodesBodyWithDeclaredCharset() throws FetchException {
        Page page = fetch("/page");
        assertEquals("text/html", page.contentType());
        assertTrue(page.text().contains("Héllo"));
        assertEquals(URI.create(server.url("/page")), page.url());
    }

    @Test
    void fetch_xhtml_isRead() throws FetchException {
        assertEquals("application/xhtml+xml", fetch("/xhtml").contentType());
    }

    @Test
    void fetch_plainText_isKeptAsPlainText() throws FetchException {
        Page page = fetch("/plain");
        assertTrue(page.isPlainText());
        assertEquals("Just text.\n  Indented.", page.text());
    }

    @Test
    void fetch_redirect_keepsTheFinalUrl() throws FetchException {
        assertEquals(URI.create(server.url("/page")), fetch("/moved").url());
    }

    @Test
    void fetch_redirectToAnAddressWithASpace_isFollowedEscaped() throws FetchException {
        assertEquals(URI.create(server.url("/pa%20ge")), fetch("/spaced").url());
    }

    @Test
    void fetch_redirectChain_endsAtTheLastPage() throws FetchException {
        Page page = fetch("/a");
        assertEquals(URI.create(server.url("/page")), page.url());
        assertEquals(URI.create(server.url("/page")), page.baseUri());
    }

    @Test
    void fetch_redirectLoop_namesEveryAddressInTheLoop() {
        String message = failure("/loop2");
        assertTrue(message.startsWith(server.host() + ": redirect loop: "), message);
        assertTrue(message.contains(server.url("/loop2") + " -> " + server.url("/loop3") + " -> "
                + server.url("/loop1") + " -> " + server.url("/loop2")), message);
    }

    @Test
    void fetch_endlessRedirects_stopAtTheCap() {
        assertEquals(server.host() + ": more than 10 redirects", failure("/endless/0"));
        assertEquals(11, server.requests(), "ten redirects followed, no more");
    }

    @Test
    void fetch_cookiesSetOnARedirect_areSentToItsTarget() throws FetchException {
        assertTrue(fetch("/consent").text().contains("behind the wall"));
    }

    @Test
    void fetch_consentRedirectBackToTheSamePage_withACookie_isNotALoop() throws FetchException {
        Page page = fetch("/gate");
        assertTrue(page.text().contains("past the gate"), page.text());
        assertEquals(URI.create(server.url("/gate")), page.url());
    }

    @Test
    void fetch_inTheClear_speaksPlainHttp11_withNoUpgradeOffer() throws FetchException {
        assertEquals("null", fetch("/upgrade").text());
        assertEquals("HTTP/1.1", server.exchanges().get(0).getProtocol());
    }

    @Test
    void fetch_sendsADefaultUserAgentNamingLede() throws FetchException {
        assertEquals("lede/test (terminal article reader)", fetch("/agent").text());
    }

    @Test
    void fetch_userAgentOption_replacesTheDefault() throws FetchException {
        Fetcher custom = new Fetcher(FetchOptions.defaults("test").withUserAgent("Mozilla/5.0 test"));
        assertEquals("Mozilla/5.0 test", custom.fetch(URI.create(server.url("/agent"))).text());
    }

    @Test
    void fetch_404_namesHostAndStatus() {
        assertEquals(server.host() + ": HTTP 404 Not Found", failure("/missing"));
    }

    @Test
    void fetch_500_namesHostAndStatus() {
        assertEquals(server.host() + ": HTTP 500 Internal Server Error", failure("/broken"));
    }

    @Test
    void fetch_pdf_isRefusedWithItsType() {
        assertEquals(server.host() + ": not an HTML page (application/pdf, 17 bytes)", failure("/pdf"));
    }

    @Test
    void fetch_image_isRefusedWithItsTypeAndSize() {
        assertEquals(server.host() + ": not an HTML page (image/png, 12 KB)", failure("/png"));
    }

    @Test
    void fetch_refusedConnection_saysSo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        int closedPort = port;
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/")));
        assertEquals("127.0.0.1:" + closedPort + ": connection refused", e.getMessage());
    }

    @Test
    void fetch_unknownHost_saysDns() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(URI.create("http://no-such-host.invalid/")));
        assertEquals("no-such-host.invalid: host not found (DNS)", e.getMessage());
    }

    @Test
    void fetch_tlsToAServerThatIsNotTls_saysTls() {
        try (RawServer plain = new RawServer(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        })) {
            FetchException e = assertThrows(FetchException.class,
                    () -> fetcher.fetch(URI.create("https://127.0.0.1:" + plain.port() + "/")));
            assertTrue(e.getMessage().startsWith(plain.host() + ": TLS failed"), e.getMessage());
        }
    }

    @Test
    void fetch_otherScheme_isNotFollowed() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create("ftp://example.com/x")));
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
    }

    @Test
    void failures_areOneLine() {
        for (String path : new String[] {"/missing", "/pdf", "/loop1", "/endless/0"}) {
            String message = failure(path);
            assertFalse(message.contains("\n") || message.contains("Exception"), message);
        }
    }
}
