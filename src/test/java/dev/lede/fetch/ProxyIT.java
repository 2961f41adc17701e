package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.LoopbackServer;
import dev.lede.testing.RawServer;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A small proxy on loopback: used when {@code http_proxy} names it, passed by when {@code no_proxy} says so. */
class ProxyIT {
    private final List<String> proxied = new CopyOnWriteArrayList<>();
    private final RawServer proxy = new RawServer(socket -> {
        String head = RawServer.readHead(socket);
        proxied.add(head.substring(0, head.indexOf("\r\n")));
        byte[] body = "<html><p>served by the proxy</p></html>".getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    });
    private final LoopbackServer origin = new LoopbackServer()
            .page("/story", 200, "text/html", "<html><p>served by the origin</p></html>");

    @AfterEach
    void stop() {
        proxy.close();
        origin.close();
    }

    private Fetcher fetcherWith(Map<String, String> env) {
        return new Fetcher(FetchOptions.defaults("test").withProxiesFrom(env));
    }

    @Test
    void httpProxy_carriesTheRequest() throws FetchException {
        Fetcher fetcher = fetcherWith(Map.of("http_proxy", "http://127.0.0.1:" + proxy.port()));
        Page page = fetcher.fetch(URI.create("http://news.example.test/story"));
        assertTrue(page.text().contains("served by the proxy"), page.text());
        assertEquals(List.of("GET http://news.example.test/story HTTP/1.1"), proxied);
    }

    @Test
    void noProxy_sendsMatchingHostsDirect() throws FetchException {
        Fetcher fetcher = fetcherWith(Map.of("HTTP_PROXY", "127.0.0.1:" + proxy.port(), "NO_PROXY", "localhost,127.0.0.1"));
        Page page = fetcher.fetch(URI.create(origin.url("/story")));
        assertTrue(page.text().contains("served by the origin"), page.text());
        assertEquals(List.of(), proxied);
    }

    @Test
    void noProxySuffix_sendsSubdomainsDirect() {
        Fetcher fetcher = fetcherWith(Map.of("http_proxy", "127.0.0.1:" + proxy.port(), "no_proxy", ".example.test"));
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(URI.create("http://news.example.test/story")));
        assertEquals("news.example.test: host not found (DNS)", e.getMessage());
        assertEquals(List.of(), proxied);
    }
}
