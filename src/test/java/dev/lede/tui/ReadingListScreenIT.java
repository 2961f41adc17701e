package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.app.ArticleLoader;
import dev.lede.app.Places;
import dev.lede.app.ReadingList;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.CachingFetcher;
import dev.lede.fetch.DiskCache;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.reader.Keymap;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code s} on the real screen: the status row says the article was saved, then removed. */
class ReadingListScreenIT {
    @TempDir
    Path home;
    private DemoServer server;

    @BeforeEach
    void start() {
        server = DemoServer.start(DemoEdition.load());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void s_savesTheArticle_andSAgainRemovesIt_theStatusRowSayingWhich() throws Exception {
        ArticleLoader loader = new ArticleLoader(new CachingFetcher(new Fetcher(FetchOptions.defaults("test")),
                new DiskCache(home.resolve("cache"), DiskCache.DEFAULT_MAX_BYTES, Clock.systemUTC()), false,
                Clock.systemUTC()), FetchOptions.DEFAULT_MAX_BYTES);
        ReadingList list = ReadingList.open(home.resolve("state"), Clock.systemUTC());
        TuiOptions options = new TuiOptions(72, false, Keymap.defaults(), Places.none());
        // Nothing loaded ahead (prefetch 0) writes to the cache after the test.
        try (VirtualScreen vs = new VirtualScreen(80, 24, loader, server.leadUrl(), options, 0, list)) {
            vs.awaitText("page 1/");
            vs.type('s');
            vs.awaitText("Saved to the reading list (kept offline).");
            assertEquals(List.of(server.leadUrl()), list.read().saved().stream().map(saved -> saved.target()).toList());
            vs.type('s');
            vs.awaitText("Removed from the reading list.");
            assertEquals(List.of(), list.read().saved());
        }
    }
}
