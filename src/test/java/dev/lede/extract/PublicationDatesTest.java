package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The publication date a reader sees: every source a page offers, in order of trust, in the web's forms. */
class PublicationDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 8);
    private static final String PAGE = "https://news.example/story";
    private static final String STORY = "<p>The council agreed on Tuesday to keep the winter ferry running, whatever"
            + " the cost, after a long debate in the town hall.</p>";

    private static String published(String lang, String head, String body) {
        String html = "<html" + (lang == null ? "" : " lang='" + lang + "'") + "><head>" + head + "</head><body>"
                + "<article><h1>Ferry keeps running through the winter</h1>" + body + STORY + "</article></body></html>";
        return Extractor.extract(html, PAGE, TODAY).published();
    }

    private static String day(String lang, String dateLine) {
        String iso = published(lang, "", "<p class='meta'>" + dateLine + "</p>");
        return iso == null ? null : iso.substring(0, 10);
    }

    @Test
    void dateLine_everyListedForm_isRead() {
        Map<String, String> forms = Map.ofEntries(
                Map.entry("2019-11-19T13:16+0000", "2019-11-19"),
                Map.entry("2019-11-19T13:16Z", "2019-11-19"),
                Map.entry("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19"),
                Map.entry("Tue, 19 Nov 2019 13:16:00 +0000", "2019-11-19"),
                Map.entry("19 November 2019 • 1:16pm", "2019-11-19"),
                Map.entry("Nov. 19, 2019", "2019-11-19"),
                Map.entry("Published 11:11 PM EST Nov 19, 2019", "2019-11-19"),
                Map.entry("2018年8月16日", "2018-08-16"),
                Map.entry("2018년 8월 16일", "2018-08-16"),
                Map.entry("2018.08.16", "2018-08-16"),
                Map.entry("16.08.2018, 11:51", "2018-08-16"));
        forms.forEach((line, want) -> assertEquals(want, day("en", line), line));
    }

    @Test
    void dateLine_monthNamesInThePagesLanguage_comeFromLocaleData() {
        assertEquals("2018-10-11", day("ru", "11 октября 2018"));
        assertEquals("2018-07-30", day("de-DE", "30. Juli 2018"));
        assertEquals("2017-08-02", day("es", "02 Ago 2017"));
        assertEquals("2017-08-02", day("pt-BR", "02 ago. 2017"));
        assertEquals("2017-08-02", day("it", "02 Ago 2017"));
        assertEquals("2018-07-25", day("es", "25 de julio de 2018"));
        assertEquals("2018-09-15", day("fr", "15 septembre 2018"));
    }

    @Test
    void numericDate_isMonthFirstOnlyInAmericanEnglish() {
        assertEquals("2019-11-10", day("en-US", "11/10/2019"));
        assertEquals("2019-10-11", day("en-GB", "11/10/2019"));
        assertEquals("2019-11-19", day("en-GB", "11/19/2019"));
    }

    @Test
    void jsonLdOfAnyType_winsOverMetaTags() {
        String graph = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2019-11-18T10:00:00+01:00\",\"dateModified\":\"2019-11-20T10:00:00+01:00\"}]}"
                + "</script><meta property='article:published_time' content='2019-11-17T10:00:00+01:00'>";
        assertEquals("2019-11-18T10:00:00+01:00", published(null, graph, ""));
    }

    @Test
    void eachListedMetaTag_givesTheDate() {
        for (String name : new String[] {"article:published_time", "pubdate", "publishdate", "date", "dc.date",
            "DC.date.issued", "sailthru.date", "parsely-pub-date"}) {
            String attribute = name.startsWith("article:") ? "property" : "name";
            assertEquals("2019-11-18", published(null, "<meta " + attribute + "='" + name + "' content='2019-11-18'>", ""),
                    name);
        }
    }

    @Test
    void microdataAndTimeElement_readWhenNoMetadata() {
        assertEquals("2019-11-18T09:00Z", published(null, "",
                "<span itemprop='datePublished' content='2019-11-18T09:00Z'>Monday</span>"));
        assertEquals("2019-11-18", published(null, "", "<time datetime='2019-11-18'>Monday</time>"));
    }

    @Test
    void modificationDate_isNeverThePublicationDate() {
        assertEquals("2019-11-18", published(null, "<meta property='article:modified_time' content='2019-11-20'>",
                "<time class='updated' datetime='2019-11-20'>20 Nov 2019</time><p class='byline'>Posted 18 Nov 2019</p>"));
    }

    @Test
    void utcTimestampOneDayAfterTheShownDate_givesTheShownDay() {
        // An evening story in New York is dated the next day in UTC; the reader sees the local day.
        assertEquals("2019-11-18", published("en-US",
                "<meta property='article:published_time' content='2019-11-19T03:15:00+00:00'>",
                "<p class='dateline'>November 18, 2019 10:15 PM</p>"));
    }

    @Test
    void futureOrPreWebDate_isNotAPublicationDate_theNextSourceIsAsked() {
        assertEquals("2019-11-18", published(null, "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script><meta name='pubdate' content='2019-11-18'>", ""));
        assertEquals("2019-11-18", published(null, "<meta name='date' content='2031-01-01'>"
                + "<meta name='dc.date' content='1970-01-01'>", "<p class='date'>18 November 2019</p>"));
    }

    @Test
    void addressDate_isTheLastResort() {
        String html = "<html><body><article><h1>Ferry keeps running through the winter</h1>" + STORY
                + "</article></body></html>";
        assertEquals("2019-11-19", Extractor.extract(html, "https://news.example/2019/11/19/ferry-keeps-running", TODAY)
                .published());
        assertNull(Extractor.extract(html, PAGE, TODAY).published());
    }
}
