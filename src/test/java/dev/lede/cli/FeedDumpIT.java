package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.FeedSite;
import dev.lede.testing.LoopbackServer;
import dev.lede.testing.StrictJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lede --dump} on feeds: served over loopback, and read from fixture files. */
class FeedDumpIT {
    @TempDir
    Path cache;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = LedeCommand.commandLine(System.getenv());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--cache-dir";
        all[1] = cache.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void rssOverHttp_text_listsEveryItemWithDateSummaryAndAddress() {
        try (FeedSite site = new FeedSite()) {
            int code = run("--dump", "--width", "72", site.url("/feed.rss"));
            assertEquals(0, code, err.toString());
            String text = out.toString();
            assertTrue(text.startsWith("Quayside Weekly\n"), text);
            int last = -1;
            for (int i = 0; i < FeedSite.TITLES.length; i++) {
                int at = text.indexOf(FeedSite.TITLES[i]);
                assertTrue(at > last, FeedSite.TITLES[i] + " in feed order:\n" + text);
                last = at;
                assertTrue(text.contains(site.itemUrl(i)), text);
            }
            assertTrue(text.contains("28 November 2026 · The overnight crossing to Brekka is back."), text);
            assertTrue(text.contains("27 November 2026 · Coffee and waffles"), text);
            assertTrue(text.contains("26 November 2026 · Six trawlers tie up until March."), text);
            assertFalse(text.contains("<p>"), "summaries lose their markup:\n" + text);
            assertFalse(text.contains("min read"), "a list is not read through:\n" + text);
        }
    }

    @Test
    void rssOverHttp_json_givesTheItemsWithIsoDates() {
        try (FeedSite site = new FeedSite()) {
            int code = run("--dump", "--format", "json", site.url("/feed.rss"));
            assertEquals(0, code, err.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> feed = (Map<String, Object>) StrictJson.parse(out.toString().strip());
            assertEquals("Quayside Weekly", feed.get("title"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) feed.get("items");
            assertEquals(3, items.size());
            Map<String, Object> cafe = new java.util.HashMap<>(Map.of("title", "Café on the mole reopens",
                    "url", site.itemUrl(1), "published", "2026-11-27T18:00:00+01:00",
                    "summary", "Coffee and waffles from seven every morning."));
            cafe.put("section", null); // a feed has no sections
            assertEquals(cafe, items.get(1));
            assertEquals("feed", feed.get("kind"));
            assertEquals("2026-11-26T07:30:00-05:00", items.get(2).get("published"));
        }
    }

    @Test
    void markdown_givesEachItemALinkedHeading_once() {
        try (FeedSite site = new FeedSite()) {
            int code = run("--dump", "--format", "markdown", site.url("/feed.rss"));
            assertEquals(0, code, err.toString());
            String text = out.toString();
            String heading = "### [" + FeedSite.TITLES[0] + "](" + site.itemUrl(0) + ")";
            assertTrue(text.contains(heading + "\n\n*28 November 2026* · The overnight crossing"), text);
            assertEquals(text.indexOf(site.itemUrl(0)), text.lastIndexOf(site.itemUrl(0)), "listed once:\n" + text);
        }
    }

    @Test
    void atomServedAsPlainXml_isFoundByItsRootElement() {
        try (FeedSite site = new FeedSite()) {
            int code = run("--dump", site.url("/feed.atom"));
            assertEquals(0, code, err.toString());
            assertTrue(out.toString().startsWith("Quayside Weekly (Atom)\n"), out.toString());
            assertTrue(out.toString().contains(site.itemUrl(2)), out.toString());
        }
    }

    @Test
    void pageAdvertisingAFeed_namesItInJson() {
        try (FeedSite site = new FeedSite()) {
            int code = run("--dump", "--format", "json", site.url("/"));
            assertEquals(0, code, err.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) StrictJson.parse(out.toString().strip());
            assertEquals(site.url("/feed.rss"), page.get("feed"));
            assertFalse(page.containsKey("items"), "a page is not a feed");
            assertEquals("article", page.get("kind"));
        }
    }

    @Test
    void xmlThatIsNoFeed_isOneClearLine() {
        try (LoopbackServer server = new LoopbackServer()) {
            server.page("/sitemap.xml", 200, "application/xml",
                    "<?xml version=\"1.0\"?><urlset><url><loc>https://a.example/</loc></url></urlset>");
            int code = run("--dump", server.url("/sitemap.xml"));
            assertEquals(1, code);
            assertEquals("lede: " + server.host() + ": an XML document, not an RSS or Atom feed (application/xml)\n",
                    err.toString());
        }
    }

    @Test
    void fixtureFiles_rssAndAtom_bothDumpTheirItems() {
        Path rss = Path.of("src/test/resources/dev/lede/feeds/harbour.rss");
        Path atom = Path.of("src/test/resources/dev/lede/feeds/observatory.atom");
        int code = run("--dump", "--format", "json", rss.toString(), atom.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(lines.get(0).contains("\"title\":\"The Harbour Gazette\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"url\":\"https://gazette.example/news/winter-lay-up\""),
                "a relative link in a feed file leads to the site the feed names: " + lines.get(0));
        assertTrue(lines.get(1).contains("\"title\":\"Hill Observatory notes\""), lines.get(1));
        assertFalse(out.toString().contains("\u001b"), "no raw escape from a feed reaches the output");
    }
}
