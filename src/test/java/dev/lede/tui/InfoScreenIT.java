package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.app.ArticleLoader;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import org.junit.jupiter.api.Test;

/** The info screen on a real (virtual) terminal: cache figures, then Back to the article. */
class InfoScreenIT {
    @Test
    void equals_showsCacheFigures_andBackReturnsToTheArticle() throws Exception {
        ArticleLoader loader = new ArticleLoader(new Fetcher(FetchOptions.defaults("test")),
                FetchOptions.DEFAULT_MAX_BYTES);
        try (DemoServer server = DemoServer.start(DemoEdition.load());
             VirtualScreen vs = new VirtualScreen(100, 30, loader, server.leadUrl(),
                     new TuiOptions(72, false), 0)) {
            String title = server.edition().lead().title();
            vs.awaitText(title);
            vs.type('=');
            String info = vs.awaitText("Cache and network figures");
            assertTrue(info.contains("memory: "), info);
            assertTrue(info.contains("layouts: "), info);
            assertTrue(info.contains("user agent: lede/test"), info);
            vs.type('h');
            vs.awaitText(title);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }
}
