package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentShapesTest {
    private static final String PROSE = "<p>The council voted on Tuesday to close the old bridge, citing cracks"
            + " found by inspectors during the spring survey of the river crossings.</p>"
            + "<p>Residents who cross daily said the detour would add twenty minutes, and shop owners on the"
            + " east bank worried about losing passing trade over the summer months.</p>"
            + "<p>Engineers expect the repairs to take a year, though the council has not yet said how the"
            + " work will be paid for or whether a temporary crossing will be built.</p>";

    /**
     * Boxes that score exactly alike: the first on the page wins, every time. Scores were kept in
     * an identity map, whose order follows identity hash codes, so which box won depended on what
     * the JVM had hashed before (the readability corpus's engadget page came out two ways).
     */
    @Test
    void tiedBoxes_firstOnThePageWins() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 10; i < 50; i++) {
            html.append("<div><div><div><div><div><div><p>Box ").append(i)
                    .append(" tells of a harbour town and its boats</p></div></div></div></div></div></div>");
        }
        html.append("</body></html>");

        String text = Extractor.extract(html.toString(), "https://example.com/a").text();

        assertTrue(text.startsWith("Box 10 tells"), text);
    }

    @Test
    void pageWrappedInOneFormKeepsItsArticle() {
        String html = "<html><body><form method='post'><nav><a href='/'>Home</a></nav>"
                + "<article>" + PROSE + "</article><input name='q'></form></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
    }

    @Test
    void textSeparatedByBreaksBeatsAListOfTeasers() {
        String teasers = "<div class='teasers'><p>A short teaser about something, briefly.</p>"
                + "<p>Another short teaser, about something else.</p></div>";
        String html = "<html><body>" + teasers + "<div class='story'><div>"
                + "The council voted on Tuesday to close the old bridge, citing cracks found by inspectors."
                + "<br><br><center><em>The bridge in spring</em></center><br>"
                + "Residents who cross daily said the detour would add twenty minutes, and shop owners worried."
                + "<br><br>Engineers expect the repairs to take a year, though the council has not said how."
                + "</div></div></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("Another short teaser"), text);
    }

    @Test
    void longCommentThreadDoesNotOutvoteAShortArticle() {
        String comment = "<div class='comment'><div class='comment_content'><p>I have driven over that bridge for"
                + " years, and frankly, it was about time, though I worry about the detour, the traffic, the noise,"
                + " and the cost of it all to the town, which is already stretched.</p></div></div>";
        String html = "<html><body><div class='article'>" + PROSE + "</div>"
                + "<div id='comments'>" + comment.repeat(6) + "</div></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("driven over that bridge"), text);
    }

    private static final String SECOND_HALF = "<p>By the autumn, the ferry company had agreed to run an extra boat,"
            + " and the school buses, rerouted over the northern road, were running to time again.</p>"
            + "<p>Nobody, the mayor said, expected the old bridge to be missed this much, or this loudly.</p>";

    @Test
    void articleCutIntoChunksBetweenAdRailsIsReadWhole() {
        String chunk = "<div class='grid'><div class='body body__container'>%s</div>"
                + "<div class='ad-rail'><a href='/ad'>Advertisement</a></div></div>";
        String html = "<html><body><article><h1>The bridge</h1><div class='chunks'>"
                + chunk.formatted(PROSE) + chunk.formatted(SECOND_HALF) + "</div></article></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertTrue(text.contains("the mayor said"), text);
        assertFalse(text.contains("Advertisement"), text);
    }

    @Test
    void nextArticleOfAnEndlessPageIsLeftOut() {
        String html = "<html><body><main>"
                + "<article><h1>The bridge</h1><div class='story-body'>" + PROSE + "</div></article>"
                + "<article><h1>The ferry</h1><div class='story-body'><p>The ferry company, the mayor said, will"
                + " run an extra boat, at least until the autumn, when the timetable changes.</p></div></article>"
                + "</main></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("the mayor said"), text);
    }

    private static final String HEADER = "<div class='article-header'><h1>The bridge</h1>"
            + "<p>By Jane Doe, Transport Correspondent, in Leeds</p></div>";

    @Test
    void headerBesideTheBodyIsNotBodyText() {
        String html = "<html><body>" + HEADER + "<div class='article-body'>" + PROSE + "</div></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("Jane Doe"), text);
    }

    @Test
    void headerInsideTheChosenBoxIsNotBodyText() {
        String html = "<html><body><div class='story'>" + HEADER
                + "<div class='article-body'>" + PROSE + "</div></div></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("Jane Doe"), text);
    }

    @Test
    void pageWhoseBodyClassNamesAnAdNetworkStillHasItsArticle() {
        String html = "<html><body class='page ads_outbrain_widget comments-enabled'><div class='story'>" + PROSE
                + "</div></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
    }

    @Test
    void liveFeedInTheSidebarDoesNotOutvoteTheArticle() {
        String item = "<li><div class='live-item'>The minister, speaking in the capital, said that talks, which"
                + " began last week, would resume, though no date was set, officials added.</div></li>";
        String html = "<html><body><div class='main'><div class='article-body'>" + PROSE + "</div></div>"
                + "<aside id='sidebar'><div class='live'><ul>" + item.repeat(8) + "</ul></div></aside></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("The minister"), text);
    }

    @Test
    void photoGalleryCaptionsAreNotTheArticle() {
        String slide = "<li><img src='/s.jpg'><p>A long caption, written like prose, about the photograph, the place,"
                + " the people in it, and what happened, at some length, for the gallery.</p></li>";
        String html = "<html><body><div class='text-wrapper'>" + PROSE
                + "<div class='full-gallery'><ul class='legends'>" + slide.repeat(10) + "</ul></div></div></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("A long caption"), text);
    }

    @Test
    void postAboutAGalleryIsStillAnArticle() {
        String html = "<html><body><article class='post format-gallery'><h1>The bridge in pictures</h1>"
                + "<div class='entry-content'>" + PROSE + "</div></article></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
    }

    @Test
    void longListOfStoryCardsDoesNotOutvoteTheArticle() {
        String card = "<li><h3><a href='/story'>Another story entirely</a></h3><p>A summary of another story, with"
                + " commas, clauses, and detail, written to make the reader click, and then some more words.</p></li>";
        String html = "<html><body><div class='story'>" + PROSE + "</div>"
                + "<div class='stream'><ul>" + card.repeat(12) + "</ul></div></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("A summary of another story"), text);
    }

    @Test
    void slowlyFallingScoresDoNotWidenTheArticleToThePage() {
        // Each box scores three quarters of the one inside it; only the innermost is the article.
        String html = "<html><body><div class='content'><section class='story'><div class='article'>"
                + "<div class='body'>" + PROSE + PROSE.replace("council", "mayor") + "</div></div></section>"
                + "<p>Most read today, this week, this month, this year, on the site.</p></div></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("Most read today"), text);
    }
}
