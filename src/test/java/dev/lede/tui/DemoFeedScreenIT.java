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

/** The demo's pages say {@code feed (F)}: F opens the edition's feed, served by the demo server. */
class DemoFeedScreenIT {
    @Test
    void feedKey_onTheDemo_listsTheEditionsArticles_andEnterOpensOne() throws Exception {
        ArticleLoader loader = new ArticleLoader(new Fetcher(FetchOptions.defaults("test")),
                FetchOptions.DEFAULT_MAX_BYTES);
        try (DemoServer server = DemoServer.start(DemoEdition.load());
             VirtualScreen vs = new VirtualScreen(100, 30, loader, server.leadUrl(),
                     new TuiOptions(72, false), 0)) {
            DemoArticle lead = server.edition().lead();
            DemoArticle second = server.edition().articles().get(1);
            String article = vs.awaitText(lead.title());
            assertTrue(article.contains("feed (F)"), article);
            vs.type('F');
            String list = vs.awaitText("item 1/" + server.edition().articles().size());
            assertFalse(list.contains("404"), list);
            assertTrue(list.contains(second.title()), list);
            vs.press(KeyType.ArrowDown);
            vs.press(KeyType.Enter);
            vs.await("the second article opened", text -> text.contains(second.standfirst().substring(0, 40)));
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }
}
