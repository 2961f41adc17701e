package dev.lede.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A news site on loopback whose pages are lists: the front page {@code /} (sections, teasers,
 * times, and the chrome real front pages carry), a blog index {@code /blog/}, a directory
 * listing {@code /files/} as Python's {@code http.server} writes one, a link aggregator
 * {@code /links}, an article with a rail of headlines {@code /news/ferry-story}, and an article
 * behind each of the front page's same-site headlines.
 */
public final class FrontPageSite implements AutoCloseable {
    /** The front page's same-site headlines, in page order: path → title. */
    public static final Map<String, String> HEADLINES = headlines();

    private final LoopbackServer server = new LoopbackServer();

    public FrontPageSite() {
        server.route("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", resource("front.html"));
            } else if (HEADLINES.containsKey(path)) {
                LoopbackServer.send(exchange, 200, "text/html; charset=utf-8",
                        article(HEADLINES.get(path)).getBytes(StandardCharsets.UTF_8));
            } else {
                LoopbackServer.send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.route("/blog/", exchange -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8",
                resource("blog.html")));
        server.route("/files/", exchange -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8",
                resource("directory.html")));
        server.route("/links", exchange -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8",
                resource("links.html")));
        server.route("/news/ferry-story", exchange -> LoopbackServer.send(exchange, 200, "text/html; charset=utf-8",
                resource("article-with-rail.html")));
    }

    private static Map<String, String> headlines() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("/news/2026/11/28/night-ferry-returns", "Night ferry returns to Brekka after twelve years");
        map.put("/news/2026/11/28/harbour-wall-repairs", "Harbour wall repairs to finish before the spring tides");
        map.put("/news/2026/11/27/cafe-on-the-mole-reopens", "Café on the mole reopens with new windows");
        map.put("/world/2026/11/27/fishing-quotas-agreed", "Northern states agree fishing quotas for the next decade");
        map.put("/world/2026/11/26/shipping-lane-reopens", "Shipping lane through the strait reopens after the storm");
        map.put("/business/2026/11/25/boatyard-hires", "Boatyard hires forty apprentices for the winter lay-up");
        map.put("/business/2026/11/24/fish-market-prices", "Fish market prices rise as the season closes early");
        return java.util.Collections.unmodifiableMap(map);
    }

    /** A sentence from the body of the article titled {@code title}. */
    public static String bodyOf(String title) {
        return "This is the story of " + title.toLowerCase(java.util.Locale.ROOT) + ".";
    }

    private static String article(String title) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + " | The Harbour Herald</title>"
                + "<meta property=\"og:type\" content=\"article\"></head><body><main><article>"
                + "<h1>" + title + "</h1><p>" + bodyOf(title) + "</p>"
                + "<p>Harbour staff said the change had been planned for months and welcomed the news.</p>"
                + "</article></main></body></html>";
    }

    private static byte[] resource(String name) {
        try (InputStream in = FrontPageSite.class.getResourceAsStream("/dev/lede/lists/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of {@code path} on this site. */
    public String url(String path) {
        return server.url(path);
    }

    @Override
    public void close() {
        server.close();
    }
}
