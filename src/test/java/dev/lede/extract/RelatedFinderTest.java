package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.article.RelatedLink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's related list: which links count, in which order, under which titles. */
class RelatedFinderTest {
    private static final String PAGE = "https://news.example/2026/02/08/ferry-keeps-running";
    private static final String STORY = "<article><h1>Ferry keeps running</h1><p>The council agreed on Tuesday to keep"
            + " the winter ferry running, whatever the cost, after a long debate in the town hall.</p></article>";

    private static List<RelatedLink> related(String html) {
        return Extractor.extract("<html><body>" + STORY + html + "</body></html>", PAGE).related();
    }

    private static RelatedLink link(String title, String path) {
        return new RelatedLink(title, "https://news.example" + path);
    }

    @Test
    void headingNamingTheList_givesTheLinksAfterIt_inPageOrder_once() {
        assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise"),
                        link("Winter storms close the island road again", "/2026/01/20/island-road-closed")),
                related("<section><h2>Related stories</h2><ul>"
                        + "<li><a href='/2026/02/01/harbour-dues-rise'><img src='a.jpg' alt=''></a>"
                        + "<a href='/2026/02/01/harbour-dues-rise'>Harbour dues rise for the first time in ten years</a></li>"
                        + "<li><a href='/2026/01/20/island-road-closed'>Winter storms close the island road again</a></li>"
                        + "</ul></section>"));
    }

    @Test
    void containerNamedRelated_isAListEvenWithoutAHeading() {
        assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise")),
                related("<div class='related-posts'><a href='/2026/02/01/harbour-dues-rise'>Harbour dues rise for the"
                        + " first time in ten years</a></div>"));
    }

    @Test
    void tagTopicAuthorSectionShareAndOtherSiteLinks_areNotArticles() {
        assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise")),
                related("<aside><h3>More on this story</h3>"
                        + "<a href='/tag/ferries/'>All about ferries and boats</a>"
                        + "<a href='/topics/c5elz99kyrgt/island-life'>Island life coverage</a>"
                        + "<a href='/author/ann-lee/'>More by Ann Lee here</a>"
                        + "<a href='/news/'>Back to the news section</a>"
                        + "<a href='" + PAGE + "?share=facebook'>Share this on Facebook</a>"
                        + "<a href='https://elsewhere.example/2026/02/01/a-story-elsewhere'>A story on another site</a>"
                        + "<a href='" + PAGE + "'>Ferry keeps running (this page)</a>"
                        + "<a href='/2026/02/01/harbour-dues-rise'>Harbour dues rise for the first time in ten years</a>"
                        + "</aside>"));
    }

    @Test
    void listEndsAtTheNextHeadingOfAnotherList() {
        assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise")),
                related("<div><h2>Read next</h2>"
                        + "<a href='/2026/02/01/harbour-dues-rise'>Harbour dues rise for the first time in ten years</a>"
                        + "<h2>Elsewhere in the paper</h2>"
                        + "<a href='/2026/02/02/school-play-review'>A school play worth the trip across the water</a></div>"));
    }

    @Test
    void trendingOrLatestBoxes_areTheSitesFeedNotThisArticlesList() {
        assertEquals(List.of(), related("<div id='trending-module'><h2>You may also like</h2>"
                + "<a href='/2026/02/01/harbour-dues-rise'>Harbour dues rise for the first time in ten years</a></div>"
                + "<div class='recommended-stories'><h3>Latest news</h3>"
                + "<div class='recommended-stories-item'><a href='/2026/02/02/school-play-review'>A school play worth"
                + " the trip across the water</a></div></div>"));
    }

    @Test
    void readAlsoLineInsideTheBody_pointsOnward_inAnyListedLanguage() {
        for (String label : List.of("Read more:", "[Related:", "Also on news.example", "Lire aussi :",
                "Mehr zum Thema:", "Leggi anche:", "Читайте также:", "関連記事：")) {
            assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise")),
                    related("<p><strong>" + label + "</strong> <a href='/2026/02/01/harbour-dues-rise'>Harbour"
                            + " dues rise for the first time in ten years</a></p>"), label);
        }
    }

    @Test
    void readMoreAtTheEndOfAParagraph_isATeaserNotAList() {
        assertEquals(List.of(), related("<p>The harbour board met again on Monday and the dues rose for the first"
                + " time in ten years. <a href='/2026/02/01/harbour-dues-rise'>Read more about the harbour</a></p>"));
    }

    @Test
    void title_isTheHeadlineInsideTheLink_orTheImagesAltText() {
        assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise"),
                        link("A school play worth the trip across the water", "/2026/02/02/school-play-review")),
                related("<section><h2>You might also like</h2>"
                        + "<a href='/2026/02/01/harbour-dues-rise'><span class='kicker'>Money</span>"
                        + "<span class='title'>Harbour dues rise for the first time in ten years</span>"
                        + "<time>3 hours ago</time></a>"
                        + "<a href='/2026/02/02/school-play-review'><img src='p.jpg'"
                        + " alt='A school play worth the trip across the water'></a></section>"));
    }

    @Test
    void savedPageReadFromAFile_resolvesItsLinksAgainstOgUrlOrBase() {
        String list = "<section><h2>Related</h2><a href='/2026/02/01/harbour-dues-rise'>Harbour dues rise for the"
                + " first time in ten years</a></section>";
        for (String head : List.of("<meta property='og:url' content='" + PAGE + "'>",
                "<base href='https://news.example/2026/02/08/'>")) {
            String html = "<html><head>" + head + "</head><body>" + STORY + list + "</body></html>";
            assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise")),
                    Extractor.extract(html, "file:///home/ann/saved/ferry.html").related(), head);
        }
    }

    @Test
    void pageWithoutAList_hasNone_bodyLinksAndWikiCrossReferencesIncluded() {
        assertEquals(List.of(), related("<p>The ferry, <a href='/2026/02/01/harbour-dues-rise'>whose dues rose last"
                + " week</a>, runs twice a day.</p><h2>See also</h2><ul><li><a href='/wiki/Ferry_transport'>Ferry"
                + " transport in general</a></li></ul><h2>Further reading</h2><ul><li><cite><a"
                + " href='/2020/01/01/a-history-of-island-ferries'>A history of island ferries</a></cite></li></ul>"
                + "<div class='mbox'>Commons has media related to the island ferry and its harbour.</div>"
                + "<table><tr><th>Related topics</th><td><a href='/wiki/Harbour_master'>Harbour master and pilots</a>"
                + "</td></tr></table>"));
    }

    @Test
    void headingInAnyListedLanguage_namesTheList() {
        for (String label : List.of("Related", "More on this story", "More from Politics", "Read more", "Recommended",
                "You may also like", "Lire aussi", "Mehr zum Thema", "Leggi anche", "Читайте также", "関連記事",
                "Artigos relacionados", "Weitere Beiträge zum Thema")) {
            assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise")),
                    related("<section><h2>" + label + "</h2><ul><li><a href='/2026/02/01/harbour-dues-rise'>Harbour"
                            + " dues rise for the first time in ten years</a></li></ul></section>"), label);
        }
    }

    @Test
    void savedPageReadFromAFile_resolvesItsLinksAgainstItsCanonicalAddress() {
        String html = "<html><head><link rel='canonical' href='" + PAGE + "'></head><body>" + STORY
                + "<section><h2>Related</h2><a href='/2026/02/01/harbour-dues-rise'>Harbour dues rise for the first"
                + " time in ten years</a></section></body></html>";
        assertEquals(List.of(link("Harbour dues rise for the first time in ten years", "/2026/02/01/harbour-dues-rise")),
                Extractor.extract(html, "file:///home/ann/saved/ferry.html").related());
    }
}
