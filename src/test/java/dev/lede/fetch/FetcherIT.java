package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching from a real server on loopback: what works, and one clear line for what does not. */
class FetcherIT {
    private HttpServer server;
    private String base;
    private final Fetcher fetcher = new Fetcher(FetchOptions.defaults("test"));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        route("/page", 200, "text/html; charset=utf-8", "<html><title>T</title><p>Héllo</p></html>");
        route("/pdf", 200, "application/pdf", "%PDF-1.7 not text");
        route("/missing", 404, "text/html", "<h1>gone</h1>");
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/page");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void route(String path, int status, String type, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetch_htmlPage_decodesBodyWithDeclaredCharset() throws FetchException {
        Page page = fetcher.fetch(URI.create(base + "/page"));
        assertEquals("text/html", page.contentType());
        assertTrue(page.text().contains("Héllo"));
        assertEquals(URI.create(base + "/page"), page.url());
    }

    @Test
    void fetch_redirect_keepsTheFinalUrl() throws FetchException {
        Page page = fetcher.fetch(URI.create(base + "/moved"));
        assertEquals(URI.create(base + "/page"), page.url());
    }

    @Test
    void fetch_404_namesHostAndStatus() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(base + "/missing")));
        assertEquals("127.0.0.1:" + server.getAddress().getPort() + ": HTTP 404 Not Found", e.getMessage());
    }

    @Test
    void fetch_pdf_isRefusedWithItsType() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(base + "/pdf")));
        assertTrue(e.getMessage().contains("not an HTML page (application/pdf"), e.getMessage());
        assertTrue(e.getMessage().startsWith("127.0.0.1:"), e.getMessage());
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
    void fetch_otherScheme_isNotFollowed() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create("ftp://example.com/x")));
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
    }

    @Test
    void failures_areOneLine() {
        for (String path : new String[] {"/missing", "/pdf"}) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(base + path)));
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("Exception"), e.getMessage());
        }
    }
}
