package dev.lede.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.testing.LoopbackServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages through fetch and extraction: links resolve where the page really is, plain text stays plain. */
class ArticleLoaderIT {
    private static final String BODY = "<p>The council voted on Tuesday to reopen the old harbour road after a year of repairs.</p>"
            + "<p>Residents said the detour had added twenty minutes to every trip into town and back.</p>";

    private static String page(String head) {
        return "<html><head><title>Harbour road reopens</title>" + head + "</head><body><article>"
                + "<h1>Harbour road reopens</h1>" + BODY + "</article>"
                + "<aside class=\"related\"><h2>Related articles</h2><ul>"
                + "<li><a href=\"bridge.html\">The bridge that took a decade to build</a></li>"
                + "<li><a href=\"ferry.html\">Ferry timetable changes for the winter season</a></li>"
                + "</ul></aside></body></html>";
    }

    private final LoopbackServer server = new LoopbackServer()
            .redirect("/short/7", "/news/2026/harbour.html")
            .page("/news/2026/harbour.html", 200, "text/html", page(""))
            .redirect("/short/8", "/news/2026/based.html")
            .page("/news/2026/based.html", 200, "text/html", page("<base href=\"/archive/\">"))
            .page("/notes.txt", 200, "text/plain; charset=utf-8", "Line one.\n    Indented line two.\n");
    private final ArticleLoader loader =
            new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void redirectedPage_linksResolveAgainstTheFinalUrl() throws FetchException {
        Article article = loader.load(server.url("/short/7"), false);
        assertEquals(server.url("/news/2026/harbour.html"), article.url());
        assertEquals(List.of(server.url("/news/2026/bridge.html"), server.url("/news/2026/ferry.html")),
                article.related().stream().map(RelatedLink::url).toList());
    }

    @Test
    void baseHref_winsOverTheFinalUrl() throws FetchException {
        Article article = loader.load(server.url("/short/8"), false);
        assertEquals(List.of(server.url("/archive/bridge.html"), server.url("/archive/ferry.html")),
                article.related().stream().map(RelatedLink::url).toList());
    }

    @Test
    void plainText_isShownPreformatted() throws FetchException {
        Article article = loader.load(server.url("/notes.txt"), false);
        assertEquals(List.of(new Block.Preformatted("Line one.\n    Indented line two.")), article.body());
    }

    @Test
    void twoLoadsOfOnePage_atOnce_fetchItOnce() throws Exception {
        LoopbackServer slow = new LoopbackServer().route("/slow", exchange -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.send(exchange, 200, "text/html", page("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        try (slow) {
            Thread other = new Thread(() -> {
                try {
                    loader.load(slow.url("/slow"), false);
                } catch (FetchException e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            while (slow.requests() == 0) {
                Thread.onSpinWait();
            }
            Article article = loader.load(slow.url("/slow"), false);
            other.join();
            assertTrue(article.title().contains("Harbour road"), article.title());
            assertEquals(1, slow.requests());
        }
    }
}
