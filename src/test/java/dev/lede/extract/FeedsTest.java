package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RSS 2.0 and Atom fixtures (written for these tests) read as lists of items. */
class FeedsTest {
    static String fixture(String name) {
        try (InputStream in = FeedsTest.class.getResourceAsStream("/dev/lede/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article rss() {
        return Feeds.read(fixture("harbour.rss"), "https://gazette.example/feed.rss");
    }

    private static Article atom() {
        return Feeds.read(fixture("observatory.atom"), "https://observatory.example/notes/atom.xml");
    }

    @Test
    void rss_channel_becomesTheHeader() {
        Article feed = rss();
        assertTrue(feed.isFeed());
        assertEquals("The Harbour Gazette", feed.title());
        assertEquals("News from the quays & the town above them.", feed.standfirst());
        assertEquals("2026-11-28T10:00:00Z", feed.published());
        assertEquals("en-gb", feed.lang());
    }

    @Test
    void rss_items_haveTitleAddressDateAndSummary_inFeedOrder() {
        List<RelatedLink> items = rss().related();
        assertEquals(List.of(
                new RelatedLink("Night ferry returns after twelve years", "https://gazette.example/news/night-ferry",
                        "2026-11-28T09:15:00Z", "The overnight crossing to Brekka is back, timetable inside."),
                new RelatedLink("Ships & ports: the winter lay-up", "https://gazette.example/news/winter-lay-up",
                        "2026-11-27T18:00:00-05:00", "Six trawlers tie up until March. Crews say the quota is to blame."),
                new RelatedLink("Lighthouse keeper's log goes on show", "https://gazette.example/news/keepers-log",
                        "2026-11-26T16:45:00+01:00", "The museum opens the log of the last keeper, 1961–1989."),
                new RelatedLink("Harbourmaster␛[31m warns of ice", "https://gazette.example/news/ice",
                        "2026-11-26T07:30:00+01:00", "Ice in the inner basin␛]0;pwned␇ by Tuesday.")),
                items);
    }

    @Test
    void rss_itemWithoutAnAddress_isLeftOut() {
        assertTrue(rss().related().stream().noneMatch(item -> item.title().startsWith("Council minutes")));
    }

    @Test
    void rss_body_givesEachItemAHeadingLinkedToIt_thenItsDateAndSummary() {
        Article feed = rss();
        Block.Heading first = (Block.Heading) feed.body().get(0);
        assertEquals("https://gazette.example/news/night-ferry", first.spans().get(0).href());
        assertEquals(8, feed.body().size(), "four items, a heading and a paragraph each");
        String text = feed.text();
        assertTrue(text.contains("Night ferry returns after twelve years"), text);
        assertTrue(text.contains("28 November 2026 · The overnight crossing to Brekka is back"), text);
        assertFalse(text.contains("alert(1)"), "script text is not summary text: " + text);
    }

    @Test
    void rss_readFromAFile_resolvesRelativeItemLinksAgainstTheSiteItNames() {
        Article feed = Feeds.read(fixture("harbour.rss"), "file:/home/reader/harbour.rss");
        assertEquals("https://gazette.example/news/winter-lay-up", feed.related().get(1).url());
    }

    @Test
    void atom_feed_becomesTheHeader() {
        Article feed = atom();
        assertTrue(feed.isFeed());
        assertEquals("Hill Observatory notes", feed.title());
        assertEquals("What the big telescope saw this week", feed.standfirst());
        assertEquals("2026-11-28T21:00:00Z", feed.published());
        assertEquals("en-GB", feed.lang());
    }

    @Test
    void atom_entries_resolveAgainstXmlBase_andPreferTheAlternateLink() {
        assertEquals(List.of(
                new RelatedLink("A comet brightens over the ridge", "https://observatory.example/notes/comet-brightens",
                        "2026-11-28T20:30:00+01:00", "Comet C/2026 K1 reached magnitude 6 on Friday night."),
                new RelatedLink("Mirror cleaning day", "https://observatory.example/notes/mirror-cleaning",
                        "2026-11-26T12:30:00Z", "Twice a year the main mirror is washed with distilled water."),
                new RelatedLink("Open night", "https://tickets.example/open-night", "2026-11-20T09:00:00Z", null)),
                atom().related());
    }

    @Test
    void longSummary_isCutAtAWord_withAnEllipsis() {
        String words = "tide ".repeat(200);
        Article feed = Feeds.read("<rss><channel><title>T</title><item><title>x</title><link>https://a.example/x</link>"
                + "<description>" + words + "</description></item></channel></rss>", "https://a.example/feed");
        String summary = feed.related().get(0).summary();
        assertTrue(summary.length() <= FeedReader.MAX_SUMMARY, summary);
        assertTrue(summary.endsWith("tide…"), summary);
    }

    @Test
    void isFeed_byMediaType_orByRootElement() {
        assertTrue(Feeds.isFeed("application/rss+xml", ""));
        assertTrue(Feeds.isFeed("application/atom+xml", "<html></html>"));
        assertTrue(Feeds.isFeed("text/html", "\uFEFF<?xml version=\"1.0\"?>\n<!-- a comment -->\n<rss version=\"2.0\">"));
        assertTrue(Feeds.isFeed("application/xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertTrue(Feeds.isFeed(null, "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"));
        assertFalse(Feeds.isFeed("text/html", "<!DOCTYPE html><html><head><title>rss</title>"));
        assertFalse(Feeds.isFeed("application/xml", "<?xml version=\"1.0\"?><urlset>"));
        assertFalse(Feeds.isFeed("text/plain", "rss"));
    }

    @Test
    void page_advertisingAFeed_namesItsAbsoluteAddress() {
        Article page = Extractor.extract("<html><head><title>Gazette</title>"
                + "<link rel=\"stylesheet\" href=\"/s.css\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/feed.rss\">"
                + "</head><body><article><p>Text of the story, long enough to be read as the body.</p></article>"
                + "</body></html>", "https://gazette.example/news/story");
        assertEquals("https://gazette.example/feed.rss", page.feed());
    }

    @Test
    void page_withoutAFeed_advertisesNone() {
        Article page = Extractor.extract("<html><head><link rel=\"alternate\" hreflang=\"de\" href=\"/de/\">"
                + "</head><body><p>Text.</p></body></html>", "https://gazette.example/news/story");
        assertNull(page.feed());
    }
}
