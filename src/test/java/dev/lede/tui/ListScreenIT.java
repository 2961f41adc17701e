package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.app.ArticleLoader;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.testing.FrontPageSite;
import java.util.List;
import org.junit.jupiter.api.Test;

/** List pages in the reader, served over loopback: the headlines under their sections, Enter and Back, ], L and /. */
class ListScreenIT {
    private static final List<String> TITLES = List.copyOf(FrontPageSite.HEADLINES.values());

    private final ArticleLoader loader =
            new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);

    /** The start of a sentence, which the screen shows on one line whatever the measure. */
    private static String start(String sentence) {
        return sentence.substring(0, Math.min(sentence.length(), 40));
    }

    private static int rowOf(String screen, String needle) {
        List<String> rows = screen.lines().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(needle)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void frontPage_opensAsItsHeadlines_underSectionNames_withTeasersAndDates() throws Exception {
        try (FrontPageSite site = new FrontPageSite();
             VirtualScreen vs = new VirtualScreen(100, 40, loader, site.url("/"))) {
            String list = vs.awaitText("8 headlines");
            assertTrue(list.contains("list · item 1/8 · Enter open"), list);
            assertTrue(list.contains("L article"), "the status line offers the other reading:\n" + list);
            int top = rowOf(list, "Top stories");
            int lead = rowOf(list, TITLES.get(0));
            assertTrue(top >= 0 && top < lead, "the section's name stands above its first headline:\n" + list);
            assertTrue(list.lines().toList().get(lead + 1).contains("28 Nov 2026 · The overnight crossing is back"), list);
            int world = rowOf(list, "World");
            assertTrue(world > lead && world < rowOf(list, TITLES.get(3)), list);
            assertFalse(list.contains("Sign in to your account"), list);
            vs.awaitText(RelatedView.READY + " ready"); // the first headlines are loaded ahead
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void enterOpensAHeadline_backReturnsToItInTheList_andBracketWalksToTheNext() throws Exception {
        try (FrontPageSite site = new FrontPageSite();
             VirtualScreen vs = new VirtualScreen(100, 40, loader, site.url("/"))) {
            vs.awaitText("item 1/8");
            vs.press(KeyType.ArrowDown);
            vs.awaitText("item 2/8");
            vs.press(KeyType.Enter);
            String article = vs.awaitText(start(FrontPageSite.bodyOf(TITLES.get(1))));
            assertFalse(article.contains("8 headlines"), article);
            vs.type(']');
            vs.awaitText(start(FrontPageSite.bodyOf(TITLES.get(2))));
            vs.type('h');
            vs.awaitText(start(FrontPageSite.bodyOf(TITLES.get(1))));
            vs.type('h');
            String back = vs.awaitText("item 2/8");
            int row = rowOf(back, TITLES.get(1));
            assertTrue(vs.isReverse(back.lines().toList().get(row).indexOf(TITLES.get(1)), row),
                    "the headline the reader came back from is selected:\n" + back);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void l_togglesBetweenTheListAndTheArticleReading() throws Exception {
        try (FrontPageSite site = new FrontPageSite();
             VirtualScreen vs = new VirtualScreen(100, 40, loader, site.url("/news/ferry-story"))) {
            String article = vs.awaitText("The overnight crossing to Brekka is back.");
            assertTrue(article.contains("list (L)"), "an article with headlines offers them:\n" + article);
            vs.type('L');
            String list = vs.awaitText("4 headlines");
            assertTrue(list.contains("Harbour wall repairs to finish before the spring tides"), list);
            vs.type('L');
            vs.awaitText("The overnight crossing to Brekka is back.");
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void slash_findsAHeadline() throws Exception {
        try (FrontPageSite site = new FrontPageSite();
             VirtualScreen vs = new VirtualScreen(100, 40, loader, site.url("/"))) {
            vs.awaitText("item 1/8");
            vs.type('/');
            vs.typeText("boatyard");
            vs.press(KeyType.Enter);
            String found = vs.awaitText("/boatyard · 1 of 1 items");
            int row = rowOf(found, TITLES.get(5));
            assertTrue(vs.isReverse(found.lines().toList().get(row).indexOf(TITLES.get(5)), row), found);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void directoryListing_andLinkAggregator_openAsLists_showingOtherSitesHosts() throws Exception {
        try (FrontPageSite site = new FrontPageSite();
             VirtualScreen vs = new VirtualScreen(100, 40, loader, site.url("/links"))) {
            String links = vs.awaitText("6 headlines");
            int row = rowOf(links, "Why night crossings came back");
            assertTrue(links.lines().toList().get(row + 1).contains("ferries.example"), links);
            vs.type('o');
            vs.typeText(site.url("/files/"));
            vs.press(KeyType.Enter);
            String files = vs.awaitText("3 headlines");
            assertTrue(files.contains("harbour-report-2026.html"), files);
            assertFalse(files.contains("../"), files);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }
}
