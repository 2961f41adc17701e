package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Front pages, a blog index, a directory listing and a link aggregator read as lists; an article stays one. */
class ListPagesTest {
    static String page(String name) {
        try (InputStream in = ListPagesTest.class.getResourceAsStream("/dev/lede/lists/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> titles(Article article) {
        return article.related().stream().map(RelatedLink::title).toList();
    }

    @Test
    void newsFrontPage_opensAsItsHeadlines_inPageOrder_groupedBySection_sameSiteFirst() {
        Article page = Extractor.extract(page("front.html"), "https://herald.example/");
        assertEquals(Article.Kind.LIST, page.kind());
        assertEquals(List.of(
                "Night ferry returns to Brekka after twelve years",
                "Harbour wall repairs to finish before the spring tides",
                "Café on the mole reopens with new windows",
                "Northern states agree fishing quotas for the next decade",
                "Shipping lane through the strait reopens after the storm",
                "Boatyard hires forty apprentices for the winter lay-up",
                "Fish market prices rise as the season closes early",
                "Lighthouse keepers gather for their last reunion"), titles(page));
        RelatedLink lead = page.related().get(0);
        assertEquals("https://herald.example/news/2026/11/28/night-ferry-returns", lead.url());
        assertEquals("Top stories", lead.section());
        assertEquals("The overnight crossing is back from Monday, with two sailings a week through the winter.",
                lead.summary());
        assertEquals("2026-11-28T09:15:00Z", lead.published());
        assertEquals("World", page.related().get(3).section());
        assertEquals("Business", page.related().get(6).section());
        assertEquals("World", page.related().get(7).section(), "the other site's headline keeps its section");
    }

    @Test
    void newsFrontPage_leavesOutNavigationFooterSignInNewsletterAndCookieLinks() {
        Article page = Extractor.extract(page("front.html"), "https://herald.example/");
        assertEquals(8, page.related().size(), titles(page).toString());
        for (RelatedLink item : page.related()) {
            String url = item.url();
            assertFalse(url.contains("/sections/") || url.contains("/account/") || url.contains("/subscribe")
                    || url.contains("/newsletters/") || url.contains("/privacy/") || url.contains("/about/")
                    || url.contains("/terms/"), "not a headline: " + item);
        }
    }

    @Test
    void listPage_keepsItsArticleReading_andItsFeed() {
        Article page = Extractor.extract(page("front.html"), "https://herald.example/");
        assertNotNull(page.other());
        assertEquals(Article.Kind.ARTICLE, page.other().kind());
        assertEquals(page.other(), page.asArticle());
        assertEquals("https://herald.example/feed.rss", page.feed());
        assertEquals(Article.Kind.ARTICLE, page.toggled().kind());
        assertEquals(Article.Kind.LIST, page.toggled().toggled().kind());
    }

    @Test
    void listPage_bodyGroupsHeadlinesUnderSectionHeadings_withTeaserAndDate() {
        String text = Extractor.extract(page("front.html"), "https://herald.example/").text();
        int top = text.indexOf("Top stories");
        int world = text.indexOf("World\n");
        int business = text.indexOf("Business\n");
        assertTrue(top >= 0 && top < world && world < business, text);
        assertTrue(text.contains("28 November 2026 · The overnight crossing is back from Monday"), text);
        assertTrue(text.contains("partner-news.example · A partner paper reports"), "another site's host is shown:\n" + text);
    }

    @Test
    void blogIndex_opensAsItsPosts_withExcerptsAndDates() {
        Article blog = Extractor.extract(page("blog.html"), "https://observatory.example/");
        assertEquals(Article.Kind.LIST, blog.kind());
        assertEquals(List.of("A comet brightens over the ridge", "Mirror cleaning day, and what we found",
                "Open night: bring a flask and a warm coat", "The new spectrograph arrives in pieces"), titles(blog));
        assertEquals("2026-11-14", blog.related().get(1).published());
        assertTrue(blog.related().get(1).summary().startsWith("Once a year the big mirror"), blog.related().get(1).summary());
    }

    @Test
    void directoryListing_opensAsItsEntries_withoutTheParent() {
        Article listing = Extractor.extract(page("directory.html"), "http://127.0.0.1:8000/");
        assertEquals(Article.Kind.LIST, listing.kind());
        assertEquals(List.of("notes/", "harbour-report-2026.html", "tide-tables.txt"), titles(listing));
        assertEquals("http://127.0.0.1:8000/tide-tables.txt", listing.related().get(2).url());
    }

    @Test
    void linkAggregator_opensAsItsLinks_toOtherSites() {
        Article links = Extractor.extract(page("links.html"), "https://tidelines.example/");
        assertEquals(Article.Kind.LIST, links.kind());
        assertEquals(6, links.related().size(), titles(links).toString());
        assertEquals("https://ferries.example/2026/night-crossings", links.related().get(0).url());
        assertTrue(links.text().contains("Why night crossings came back to the northern ferries\n\nferries.example\n"),
                "each link shows its host:\n" + links.text());
    }

    @Test
    void articleWithARail_opensAsTheArticle_andOffersItsHeadlinesAsAList() {
        Article article = Extractor.extract(page("article-with-rail.html"), "https://herald.example/news/ferry");
        assertEquals(Article.Kind.ARTICLE, article.kind());
        assertTrue(article.text().contains("The overnight crossing to Brekka is back."), article.text());
        assertNotNull(article.other(), "the rail is offered as a list");
        assertEquals(Article.Kind.LIST, article.other().kind());
        assertEquals(4, article.other().related().size());
    }

    @Test
    void articleWithFewLinks_offersNoList() {
        String html = "<html><head><title>A quiet day</title></head><body><article><h1>A quiet day on the quay</h1>"
                + "<p>Nothing much happened on the quay today, and the harbourmaster was glad of it after the week "
                + "of storms that kept every boat in and every crew ashore.</p>"
                + "<p><a href=\"/news/storm-week\">Read about the storm week that kept the boats in</a></p>"
                + "</article></body></html>";
        Article article = Extractor.extract(html, "https://herald.example/news/quiet");
        assertEquals(Article.Kind.ARTICLE, article.kind());
        assertNull(article.other());
    }
}
