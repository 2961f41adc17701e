package dev.lede.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoEditionTest {
    private final DemoEdition edition = DemoEdition.load();

    @Test
    void everyPageHasEveryFieldFilledIn() {
        for (DemoArticle article : edition.articles()) {
            String page = edition.page(article, "http://127.0.0.1:8080");
            assertFalse(page.contains("{{"), article.slug());
            assertTrue(page.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:8080" + article.path() + "\">"),
                    article.slug());
        }
    }

    @Test
    void leadPageCarriesItsDatesInEnglish() {
        // The lead's front matter says 2026-02-08T06:30:00+02:00: a Sunday.
        String page = edition.page(edition.lead(), "http://127.0.0.1:8080");
        assertTrue(page.contains("<time datetime=\"2026-02-08T06:30:00+02:00\">8 February 2026, 06:30</time>"), page);
        assertTrue(page.contains("<p class=\"edition-date\">Sunday, Feb 08, 2026</p>"), page);
    }

    @Test
    void pageListsTheOtherArticlesAsRelated() {
        DemoArticle lead = edition.lead();
        String page = edition.page(lead, "http://127.0.0.1:8080");
        for (DemoArticle other : edition.relatedTo(lead)) {
            assertTrue(page.contains("<li><a href=\"" + other.path() + "\">"), other.slug());
        }
        assertEquals(edition.articles().size() - 1, edition.relatedTo(lead).size());
    }

    @Test
    void feed_listsEveryArticleWithItsAddressAndDate() {
        dev.lede.article.Article feed = dev.lede.extract.Feeds.read(edition.feed("http://127.0.0.1:8080"),
                "http://127.0.0.1:8080" + DemoEdition.FEED_PATH);
        assertTrue(feed.isFeed());
        assertEquals("The Lede Gazette", feed.title());
        assertEquals(edition.articles().size(), feed.related().size());
        for (int i = 0; i < edition.articles().size(); i++) {
            DemoArticle article = edition.articles().get(i);
            assertEquals(article.title(), feed.related().get(i).title());
            assertEquals("http://127.0.0.1:8080" + article.path(), feed.related().get(i).url());
            assertEquals(article.published().substring(0, 10), feed.related().get(i).published().substring(0, 10));
        }
    }

    @Test
    void feedDates_areRfc822() {
        assertEquals("Sun, 08 Feb 2026 06:30:00 +0200", EnglishDates.rfc822("2026-02-08T06:30:00+02:00"));
        assertEquals("Tue, 03 Feb 2026 21:05:00 GMT", EnglishDates.rfc822("2026-02-03T21:05:00Z"));
    }

    @Test
    void datesAreWrittenOutWithoutLocaleData() {
        assertEquals("1 March 2024, 23:05", EnglishDates.dayMonthYearTime("2024-03-01T23:05:00-05:00"));
        assertEquals("Friday, Mar 01, 2024", EnglishDates.weekdayShortMonth("2024-03-01T23:05:00-05:00"));
        assertEquals("Wednesday, Dec 31, 2025", EnglishDates.weekdayShortMonth("2025-12-31T00:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> EnglishDates.weekdayShortMonth("8 Feb 2026"));
        assertThrows(IllegalArgumentException.class, () -> EnglishDates.weekdayShortMonth("2026-13-08T06:30:00Z"));
    }
}
