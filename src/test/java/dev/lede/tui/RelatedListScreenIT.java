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
import org.junit.jupiter.api.Test;

/** The demo's related list and status line at the widths people use: nothing a reader needs is cut. */
class RelatedListScreenIT {
    private final ArticleLoader loader =
            new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);

    private static String squashed(String screen) {
        return screen.replaceAll("\\s+", " ");
    }

    @Test
    void relatedTitles_at80Columns_wrapToASecondRow_insteadOfBeingCut() throws Exception {
        try (DemoServer server = DemoServer.start(DemoEdition.load());
             VirtualScreen vs = new VirtualScreen(80, 24, loader, server.leadUrl(),
                     new TuiOptions(72, false), 0)) {
            vs.awaitText("page 1/");
            vs.press(KeyType.Tab);
            String list = vs.awaitText("Related articles (");
            int longer = 0;
            for (DemoArticle related : server.edition().relatedTo(server.edition().lead())) {
                assertTrue(squashed(list).contains(related.title()), related.title() + " is whole:\n" + list);
                longer += related.title().length() > 72 - 4 ? 1 : 0;
            }
            assertTrue(longer > 0, "some demo title is wider than a row");
            assertFalse(list.lines().filter(line -> !line.contains("Enter open")).anyMatch(line -> line.contains("…")),
                    "no title is cut:\n" + list);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void statusLine_at50Columns_shortensItsPartsBeforeCutting() throws Exception {
        try (DemoServer server = DemoServer.start(DemoEdition.load());
             VirtualScreen vs = new VirtualScreen(50, 24, loader, server.leadUrl(),
                     new TuiOptions(72, false), 0)) {
            String page = vs.awaitText("page 1/");
            String status = page.lines().filter(line -> line.contains("page 1/")).findFirst().orElseThrow();
            assertTrue(status.contains(" · rel 7 · F"), status);
            assertTrue(status.contains("? help · q quit"), status);
            assertFalse(status.contains("…"), status);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }
}
