package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.FeedSite;
import dev.lede.testing.FrontPageSite;
import dev.lede.testing.StrictJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lede --dump} on list pages served over loopback: the list as text, and {@code kind} and {@code items} in JSON. */
class ListDumpIT {
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

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lines() {
        return out.toString().lines().map(line -> (Map<String, Object>) StrictJson.parse(line)).toList();
    }

    @Test
    void frontPage_text_printsTheHeadlinesUnderTheirSections_withAddresses() {
        try (FrontPageSite site = new FrontPageSite()) {
            assertEquals(0, run("--dump", "--width", "72", site.url("/")), err.toString());
            String text = out.toString();
            int last = -1;
            for (Map.Entry<String, String> headline : FrontPageSite.HEADLINES.entrySet()) {
                int at = text.indexOf(headline.getValue());
                assertTrue(at > last, headline.getValue() + " in page order:\n" + text);
                last = at;
                assertTrue(text.contains(site.url(headline.getKey())), text);
            }
            assertTrue(text.indexOf("Top stories") < text.indexOf("World\n"), text);
            assertTrue(text.contains("28 November 2026 · The overnight crossing is back"), text);
            assertFalse(text.contains("Sign in to your account"), text);
            assertFalse(text.contains("min read"), "a list is not read through:\n" + text);
        }
    }

    @Test
    void json_givesKindAndItems_forAListAnArticleAndAFeed() {
        try (FrontPageSite site = new FrontPageSite(); FeedSite feeds = new FeedSite()) {
            assertEquals(0, run("--dump", "--format", "json", site.url("/"), site.url("/news/ferry-story"),
                    feeds.url("/feed.rss"), site.url("/files/")), err.toString());
            List<Map<String, Object>> pages = lines();
            Map<String, Object> front = pages.get(0);
            assertEquals("list", front.get("kind"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) front.get("items");
            Map<String, Object> lead = new HashMap<>();
            lead.put("title", "Night ferry returns to Brekka after twelve years");
            lead.put("url", site.url("/news/2026/11/28/night-ferry-returns"));
            lead.put("section", "Top stories");
            lead.put("summary", "The overnight crossing is back from Monday, with two sailings a week through the winter.");
            lead.put("published", "2026-11-28T09:15:00Z");
            assertEquals(lead, items.get(0));
            assertEquals("https://partner-news.example/stories/lighthouse-keepers", items.get(items.size() - 1).get("url"),
                    "other sites' headlines come after the page's own");

            Map<String, Object> article = pages.get(1);
            assertEquals("article", article.get("kind"));
            assertFalse(article.containsKey("items"), "an article has no items");
            assertTrue(((String) article.get("text")).contains("The overnight crossing to Brekka is back."));

            Map<String, Object> feed = pages.get(2);
            assertEquals("feed", feed.get("kind"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> feedItems = (List<Map<String, Object>>) feed.get("items");
            assertTrue(feedItems.get(0).containsKey("section"), "feed items have a section too: " + feedItems.get(0));
            assertEquals(null, feedItems.get(0).get("section"));

            Map<String, Object> files = pages.get(3);
            assertEquals("list", files.get("kind"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) files.get("items");
            assertEquals(List.of("notes/", "harbour-report-2026.html", "tide-tables.txt"),
                    entries.stream().map(e -> e.get("title")).toList());
        }
    }

    @Test
    void listPage_json_keepsTheArticleReadingsText() {
        try (FrontPageSite site = new FrontPageSite()) {
            assertEquals(0, run("--dump", "--format", "json", site.url("/links")), err.toString());
            Map<String, Object> links = lines().get(0);
            assertEquals("list", links.get("kind"));
            assertTrue(((String) links.get("text")).contains("Predicting tides with nothing but a Fourier series"),
                    "text is the page read as an article: " + links.get("text"));
        }
    }
}
