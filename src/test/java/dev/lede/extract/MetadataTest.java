package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.article.Article;
import org.junit.jupiter.api.Test;

/** Each rule of metadata reading on a small page written to show it. */
class MetadataTest {
    private static final String BODY = "<p>The council met on Tuesday and agreed, after a long debate, to keep the"
            + " ferry running through the winter months, whatever the cost.</p>";

    private static Article page(String head, String body) {
        return Extractor.extract("<!DOCTYPE html><html><head>" + head + "</head><body>" + body + BODY
                + "</body></html>", "https://news.example/2026/ferry");
    }

    @Test
    void title_jsonLdInsideGraph_winsOverMetaTags() {
        Article a = page("<meta property='og:title' content='Sharing card title'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Example News\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry to run all winter\"}]}</script>", "");
        assertEquals("Ferry to run all winter", a.title());
    }

    @Test
    void title_jsonLdNameAndHeadlineDisagree_theOneTheTitleElementRepeatsWins() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"name\":\"Example News\",\"headline\":\"Ferry to run all winter\"}</script>";
        assertEquals("Ferry to run all winter",
                page("<title>Ferry to run all winter | Example News daily</title>" + ld, "").title());
        String siteInHeadline = "<script type='application/ld+json'>{\"@type\":\"Article\","
                + "\"name\":\"Ferry to run all winter\",\"headline\":\"Example News\"}</script>";
        assertEquals("Ferry to run all winter",
                page("<title>Ferry to run all winter - Example</title>" + siteInHeadline, "").title());
    }

    @Test
    void title_dublinCoreInEitherSpelling_isReadAndBeatsOpenGraph() {
        assertEquals("Council keeps the ferry", page("<meta property='og:title' content='Share me'>"
                + "<meta property='dc:title' content='Council keeps the ferry'>", "").title());
        assertEquals("Council keeps the ferry", page("<meta property='og:title' content='Share me'>"
                + "<meta name='DC.Title' content='Council keeps the ferry'>", "").title());
    }

    @Test
    void title_severalNamesInOneProperty_eachIsRead() {
        assertEquals("Council keeps the ferry",
                page("<meta property='x:title dc:title' content='Council keeps the ferry'>", "").title());
    }

    @Test
    void metaValue_escapedTwice_isUnescaped() {
        assertEquals("Q&A: \"why the ferry stays\"",
                page("<meta property='og:title' content='Q&amp;amp;A: &amp;quot;why the ferry stays&amp;quot;'>", "")
                        .title());
    }

    @Test
    void metaValue_repeated_theLastOneWins() {
        assertEquals("Corrected title", page("<meta property='og:title' content='First title'>"
                + "<meta property='og:title' content='Corrected title'>", "").title());
    }

    @Test
    void titleElement_siteNameAfterABar_isCut() {
        assertEquals("Council keeps the winter ferry running",
                page("<title>Council keeps the winter ferry running | Example News</title>", "").title());
    }

    @Test
    void titleElement_onlySectionAndSiteAfterTheCut_keepsOnlyTheHeadline() {
        assertEquals("Council keeps the winter ferry | Local",
                page("<title>Council keeps the winter ferry | Local | Example News</title>", "").title());
    }

    @Test
    void titleElement_cutWouldLeaveAShortTitle_staysWhole() {
        assertEquals("Ferry stays - Example News", page("<title>Ferry stays - Example News</title>", "").title());
    }

    @Test
    void titleElement_labelBeforeAColon_isCutUnlessAHeadingRepeatsTheWholeTitle() {
        assertEquals("Council keeps the winter ferry running",
                page("<title>Transport: Council keeps the winter ferry running</title>", "").title());
        assertEquals("Transport: Council keeps the winter ferry running",
                page("<title>Transport: Council keeps the winter ferry running</title>",
                        "<h1>Transport: Council keeps the winter ferry running</h1>").title());
    }

    @Test
    void titleElement_tooShortToBeAHeadline_givesWayToTheOnlyH1() {
        assertEquals("Council keeps the winter ferry running",
                page("<title>News</title>", "<h1>Council keeps the winter ferry running</h1>").title());
    }

    @Test
    void byline_jsonLdAuthors_areJoined() {
        Article a = page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Ferry\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Jo Roe\"}]}"
                + "</script>", "");
        assertEquals("Ann Lee and Jo Roe", a.byline());
    }

    @Test
    void byline_dublinCoreCreator_beatsTheAuthorMeta() {
        assertEquals("Ann Lee", page("<meta name='author' content='Example News Staff'>"
                + "<meta property='dc:creator' content='Ann Lee'>", "").byline());
    }

    @Test
    void byline_authorMetaHoldingAUrl_isNotAName() {
        assertEquals("Ann Lee", page("<meta name='author' content='https://social.example/annlee'>",
                "<p class='byline'>By Ann Lee</p>").byline());
    }

    @Test
    void visibleByline_markedName_isTakenWithoutItsLabel() {
        assertEquals("Ann Lee", page("", "<div class='meta'><span itemprop='author' itemscope>Written by "
                + "<span itemprop='name'>Ann Lee</span></span></div>").byline());
    }

    @Test
    void visibleByline_dateOnTheSameLine_isLeftOut() {
        assertEquals("Ann Lee", page("", "<div class='byline'>By Ann Lee on March 25, 2026 at 6:01 pm</div>").byline());
    }

    @Test
    void visibleByline_aDatelineHoldingOnlyADate_isPassedOver() {
        assertEquals("Ann Lee", page("", "<span class='dateline'>Sunday, Feb 1, 2026 11:57 AM UTC</span>"
                + "<h1>Ferry</h1><span class='byline'>Ann Lee</span>").byline());
    }

    @Test
    void visibleByline_hiddenOrInCommentsOrMenus_isNotTheArticles() {
        assertEquals("Ann Lee", page("", "<nav><a rel='author' href='/jo'>Jo Menu</a></nav>"
                + "<div hidden><span class='author'>Hidden Person</span></div>"
                + "<div class='comments'><span class='author'>A Commenter</span></div>"
                + "<span class='author'>Ann Lee</span>").byline());
    }

    @Test
    void visibleByline_classNamedLikeAuthorization_isNotAByline() {
        assertEquals("Ann Lee", page("", "<div id='authorization'>Sign in | Sign up</div>"
                + "<p class='byline'>Ann Lee</p>").byline());
    }

    @Test
    void byline_articleAuthorName_isALastResort() {
        assertEquals("Ann Lee", page("<meta property='article:author' content='Ann Lee'>", "").byline());
        assertEquals("Jo Roe", page("<meta property='article:author' content='Ann Lee'>",
                "<p class='byline'>By Jo Roe</p>").byline());
    }

    @Test
    void published_offsetWithoutColon_keepsThePagesOffset() {
        assertEquals("2021-11-01T10:52:50+01:00",
                page("<meta property='article:published_time' content='2021-11-01T10:52:50+0100'>", "").published());
    }

    @Test
    void published_jsonLd_winsOverTimeElement() {
        assertEquals("2026-02-08T06:00:00-05:00", page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry\",\"datePublished\":\"2026-02-08T06:00:00-05:00\"}</script>",
                "<time datetime='2020-01-01'>long ago</time>").published());
    }

    @Test
    void published_onlyATimeElement_isRead() {
        assertEquals("2026-02-08T09:30:00+01:00",
                page("", "<time datetime='2026-02-08T09:30:00+01:00'>8 February</time>").published());
    }

    @Test
    void published_microdataMetaInTheHead_isRead() {
        assertEquals("2026-02-08T06:00:00Z",
                page("<meta itemprop='datePublished' content='2026-02-08T06:00:00Z'>", "").published());
    }

    @Test
    void published_timeElementsInTeasersOrComments_arePassedOver() {
        assertEquals("2026-02-08T09:30:00+01:00", page("", "<div class='related'><time datetime='2026-01-02'>Jan 2"
                + "</time></div><div class='comments'><time datetime='2026-02-09'>yesterday</time></div>"
                + "<time datetime='2026-02-08T09:30:00+01:00'>8 February</time>").published());
    }

    @Test
    void published_datePublishedMark_winsOverAnEarlierTimeElement() {
        assertEquals("2026-02-08", page("", "<time datetime='2026-02-01'>updated</time>"
                + "<span itemprop='datePublished' content='2026-02-08'>8 February</span>").published());
    }

    @Test
    void standfirst_description_winsOverVisibleDek() {
        assertEquals("Why the ferry stays", page("<meta name='description' content='Why the ferry stays'>",
                "<p class='standfirst'>The visible dek</p>").standfirst());
        assertEquals("The visible dek", page("", "<p class='standfirst'>The visible dek</p>").standfirst());
    }

    @Test
    void standfirst_descriptionSources_dublinCoreThenOpenGraphThenMeta() {
        assertEquals("From Dublin Core", page("<meta name='description' content='From meta'>"
                + "<meta property='og:description' content='From OpenGraph'>"
                + "<meta name='dcterms.description' content='From Dublin Core'>", "").standfirst());
        assertEquals("From OpenGraph", page("<meta name='description' content='From meta'>"
                + "<meta property='og:description' content='From OpenGraph'>", "").standfirst());
    }

    @Test
    void excerpt_withoutStandfirst_isTheFirstParagraph() {
        Article a = page("", "");
        assertNull(a.standfirst());
        assertEquals("The council met on Tuesday and agreed, after a long debate, to keep the ferry running through"
                + " the winter months, whatever the cost.", a.excerpt());
    }

    @Test
    void siteAndLanguage_comeFromOpenGraphAndTheHtmlElement() {
        Article a = Extractor.extract("<html lang='pt-BR'><head><meta property='og:site_name' content='Folha'>"
                + "</head><body>" + BODY + "</body></html>", "https://news.example/a");
        assertEquals("Folha", a.site());
        assertEquals("pt-BR", a.lang());
        Article locale = page("<meta property='og:locale' content='en_GB'>", "");
        assertEquals("en-GB", locale.lang());
    }

    @Test
    void page_startingWithAByteOrderMark_stillHasItsHead() {
        Article a = Extractor.extract("\uFEFF<!DOCTYPE html><html><head><title>Council keeps the winter ferry"
                + " running</title></head><body><h1>Ferry</h1><h1>Other</h1>" + BODY + "</body></html>",
                "https://news.example/a");
        assertEquals("Council keeps the winter ferry running", a.title());
    }
}
