package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import org.junit.jupiter.api.Test;

/**
 * The kinds of body failures seen on pages nobody tuned on (issue 16), each on a small page
 * written for the test: near-empty output, the wrong block, boilerplate inside the body, and
 * invisible characters in the text.
 */
class BodyFailureKindsTest {
    private static final String PROSE = "<p>The harbour board agreed on Monday to dredge the old channel, after"
            + " pilots reported two groundings in the past month near the outer buoys.</p>"
            + "<p>Fishing crews, who use the channel at low tide, said the work was overdue, and the ferry"
            + " company asked that it be done outside the summer timetable.</p>"
            + "<p>The board expects the dredging to take six weeks, though it has not yet said which"
            + " contractor will carry it out or where the spoil will be taken.</p>";
    private static final String URL = "https://example.com/harbour";

    private static Article extract(String html) {
        return Extractor.extract(html, URL);
    }

    @Test
    void pageWrapperNamedAfterAnAdNetwork_holdsTheHeadline_isStillTheArticle() {
        String html = "<html><body><div id='taboola-page-wrapper'><h1>Harbour channel to be dredged</h1>"
                + "<div class='story'>" + PROSE + "</div></div></body></html>";

        String text = extract(html).text();

        assertTrue(text.contains("Fishing crews, who use the channel"), text);
        assertTrue(text.contains("which contractor will carry it out"), text);
    }

    @Test
    void shortArticleInALayoutColumnNamedSidebar_holdsTheHeadline_isStillTheArticle() {
        String html = "<html><body><div class='sidebar_left'><ul><li><a href='/'>Home</a></li></ul></div>"
                + "<div class='sidebar_right'><h1>Harbour channel to be dredged</h1>"
                + "<p>The harbour board agreed on Monday to dredge the old channel, after pilots reported two"
                + " groundings near the outer buoys.</p><p>Fishing crews, who use the channel at low tide,"
                + " said the work was overdue.</p></div></body></html>";

        String text = extract(html).text();

        assertTrue(text.contains("Fishing crews, who use the channel"), text);
    }

    @Test
    void longerCommentListWithACompoundName_isNotChosenOverTheArticle() {
        String comment = "<li><p>I sail out of that harbour every weekend, and the channel has been silting up for"
                + " years, so this is welcome news, though six weeks seems optimistic to me.</p></li>";
        String html = "<html><body><div id='content'><div class='post'><h2>Harbour channel to be dredged</h2>"
                + "<div class='entry'>" + PROSE + "</div></div>"
                + "<div id='commentsbox'><ol class='commentlist'>" + comment.repeat(8) + "</ol></div></div>"
                + "</body></html>";

        String text = extract(html).text();

        assertTrue(text.contains("Fishing crews, who use the channel"), text);
        assertFalse(text.contains("I sail out of that harbour"), text);
    }

    @Test
    void subheadWhoseIdNamesTheTableOfContents_isKept() {
        String html = "<html><body><article><h1>Harbour channel to be dredged</h1>" + PROSE
                + "<h2 id='nav_2'>What the work will cost</h2>" + PROSE.replace("harbour board", "port authority")
                + "</article></body></html>";

        String text = extract(html).text();

        assertTrue(text.contains("What the work will cost"), text);
    }

    @Test
    void dateLineAboveAndLabelsBelowTheArticle_areLeftOut() {
        String html = "<html><body><article><p>12.03.2024, 09:15</p>" + PROSE
                + "<p>Tags:</p><ul class='tags'><li><a href='/t/harbour'>Harbour</a></li>"
                + "<li><a href='/t/boats'>Boats</a></li></ul>"
                + "<h3>More from the coast</h3></article></body></html>";

        String text = extract(html).text();

        assertTrue(text.startsWith("The harbour board agreed"), text);
        assertTrue(text.endsWith("where the spoil will be taken."), text);
    }

    @Test
    void fontSizeControlBetweenStandfirstAndBody_isLeftOut() {
        String html = "<html><body><article><div class='tools'><span>–</span> <span>A</span> <span>+</span></div>"
                + PROSE + "</article></body></html>";

        String text = extract(html).text();

        assertTrue(text.startsWith("The harbour board agreed"), text);
    }

    @Test
    void softHyphensAndZeroWidthCharacters_leaveTheText() {
        String html = "<html><body><article>" + PROSE
                + "<p>The Hafen\u00ADverwaltung said the chan\u00ADnel\u200B would reopen\u2060 in spring,"
                + " once the survey\uFEFF vessel has checked the depth.</p></article></body></html>";

        String text = extract(html).text();

        assertTrue(text.contains("The Hafenverwaltung said the channel would reopen in spring, once the survey"
                + " vessel"), text);
    }
}
