package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.app.ArticleLoader;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader with related articles loaded ahead: marked ready, and opened with the network gone. */
class PrefetchScreenIT {
    private final ArticleLoader loader =
            new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);

    @Test
    void relatedList_marksReadyArticles_andOneOpensAfterTheServerStops() throws Exception {
        DemoServer server = DemoServer.start(DemoEdition.load());
        DemoEdition edition = server.edition();
        DemoArticle lead = edition.lead();
        List<DemoArticle> related = edition.relatedTo(lead);
        int expected = Math.min(5, related.size());
        DemoArticle second = related.get(1);
        try (VirtualScreen vs = new VirtualScreen(100, 30, loader, server.leadUrl())) {
            vs.awaitText("page 1/");
            vs.press(KeyType.Tab);
            String panel = vs.await(expected + " related articles marked ready",
                    text -> text.chars().filter(c -> c == '✓').count() == expected + 1); // + the heading's legend
            assertTrue(panel.contains("✓ ready"), panel);
            assertTrue(panel.lines().anyMatch(line -> line.contains(second.title()) && line.contains("✓")), panel);

            server.close(); // the network is gone
            vs.press(KeyType.ArrowDown);
            vs.press(KeyType.Enter);
            String opened = vs.awaitText("By " + second.byline());
            assertTrue(opened.contains(second.title()), opened);
            assertFalse(opened.contains("connection refused"), opened);
            vs.type('q');
            assertTrue(vs.awaitExit());
        } finally {
            server.close();
        }
    }

    @Test
    void prefetchOff_marksNothing() throws Exception {
        DemoServer server = DemoServer.start(DemoEdition.load());
        try (VirtualScreen vs = new VirtualScreen(100, 30, loader, server.leadUrl(),
                new TuiOptions(72, false), 0)) {
            vs.awaitText("page 1/");
            vs.press(KeyType.Tab);
            String panel = vs.awaitText("Related articles (");
            assertFalse(panel.contains("✓"), panel);
            assertTrue(loader.cached(server.url(server.edition().relatedTo(server.edition().lead()).get(0))) == null,
                    "nothing was loaded ahead");
            vs.type('q');
            assertTrue(vs.awaitExit());
        } finally {
            server.close();
        }
    }
}
