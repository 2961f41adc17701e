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
}
