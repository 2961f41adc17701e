package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.app.ArticleLoader;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.testing.FeedSite;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feeds in the reader, served over loopback: the item list, opening an item and coming back, and F. */
class FeedScreenIT {
    private final ArticleLoader loader =
            new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);

    /** The screen row that holds {@code needle}, or "" when none does. */
    private static String row(String screen, String needle) {
        return screen.lines().filter(line -> line.contains(needle)).findFirst().orElse("");
    }

    @Test
    void feed_opensAsItsItems_withDatesAndSummaries_andEnterOpensOne_andBackReturnsToIt() throws Exception {
        try (FeedSite site = new FeedSite();
             VirtualScreen vs = new VirtualScreen(100, 30, loader, site.url("/feed.rss"))) {
            String list = vs.awaitText("Quayside Weekly · 3 items");
            for (String title : FeedSite.TITLES) {
                assertTrue(list.contains(title), title + " listed:\n" + list);
            }
            assertTrue(row(list, "28 Nov 2026").contains("The overnight crossing to Brekka is back."), list);
            assertTrue(row(list, "27 Nov 2026").contains("Coffee and waffles from seven every morning."), list);
            assertTrue(list.contains("item 1/3 · Enter open"), list);

            vs.press(KeyType.ArrowDown);
            vs.awaitText("item 2/3");
            vs.press(KeyType.Enter);
            String article = vs.awaitText(FeedSite.BODIES[1]);
            assertTrue(article.contains(FeedSite.TITLES[1]), article);
            assertFalse(article.contains("3 items"), "the list gave way to the article:\n" + article);

            vs.type('h');
            String back = vs.awaitText("item 2/3");
            List<String> rows = back.lines().toList();
            int titleRow = rows.indexOf(rows.stream().filter(line -> line.contains(FeedSite.TITLES[1]))
                    .findFirst().orElseThrow());
            assertTrue(vs.isReverse(rows.get(titleRow).indexOf(FeedSite.TITLES[1]), titleRow),
                    "the item the reader came back from is selected:\n" + back);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void feed_escShowsTheItemsAsText_tabListsThemAgain() throws Exception {
        try (FeedSite site = new FeedSite();
             VirtualScreen vs = new VirtualScreen(100, 30, loader, site.url("/feed.rss"))) {
            vs.awaitText("item 1/3");
            vs.press(KeyType.Escape);
            String text = vs.awaitText("items: 3 (Tab)");
            assertTrue(text.contains("28 November 2026 · The overnight crossing to Brekka is back."), text);
            vs.press(KeyType.Tab);
            vs.awaitText("Quayside Weekly · 3 items");
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void pageOfferingAFeed_hintsF_andFOpensTheFeed() throws Exception {
        try (FeedSite site = new FeedSite();
             VirtualScreen vs = new VirtualScreen(100, 30, loader, site.url("/"))) {
            String page = vs.awaitText("Welcome to Quayside Weekly");
            assertTrue(page.contains("· feed (F)"), "the status line offers the feed:\n" + page);
            vs.type('F');
            String list = vs.awaitText("Quayside Weekly · 3 items");
            assertTrue(list.contains(FeedSite.TITLES[0]), list);
            vs.type('h');
            vs.awaitText("Welcome to Quayside Weekly");
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void pageOfferingNoFeed_saysSoOnF() throws Exception {
        try (FeedSite site = new FeedSite();
             VirtualScreen vs = new VirtualScreen(100, 30, loader, site.itemUrl(0))) {
            String page = vs.awaitText(FeedSite.BODIES[0]);
            assertFalse(page.contains("feed (F)"), page);
            vs.type('F');
            vs.awaitText("This page offers no feed.");
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }
}
