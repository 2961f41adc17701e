package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What sits inside the article's container but is not its text. */
class BoilerplateInsideTheArticleTest {
    private static final String PROSE = "<p>The council voted on Tuesday to close the old bridge, citing cracks"
            + " found by inspectors during the spring survey of the river crossings.</p>"
            + "<p>Residents who cross daily said the detour would add twenty minutes, and shop owners on the"
            + " east bank worried about losing passing trade over the summer months.</p>"
            + "<p>Engineers expect the repairs to take a year, though the council has not yet said how the"
            + " work will be paid for or whether a temporary crossing will be built.</p>";

    private static String text(String articleInside) {
        return Extractor.extract("<html><body><div class='article-body'>" + articleInside + "</div></body></html>",
                "https://example.com/a").text();
    }

    @Test
    void captionsAndCreditsOutsideFigcaptionAreLeftOut() {
        String text = text(PROSE
                + "<div class='photo'><img src='/b.jpg'><span class='newsCaption'>The bridge at dusk</span>"
                + "<div class='InlineImage-imageEmbedCredit'>Jane Roe | Agency</div></div>"
                + "<p>Work starts in May.</p>");

        assertTrue(text.contains("Work starts in May."), text);
        assertFalse(text.contains("The bridge at dusk"), text);
        assertFalse(text.contains("Jane Roe"), text);
    }

    @Test
    void bylineAndDatelineParagraphsInsideTheBodyAreLeftOut() {
        String text = text("<p class='byline'>By Jane Doe, Transport Correspondent</p>"
                + "<div class='post-meta'>Posted on 3 May 2021</div>" + PROSE);

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.contains("Jane Doe"), text);
        assertFalse(text.contains("Posted on"), text);
    }

    @Test
    void articleBoxNamedLikeMetadataStillGivesItsProse() {
        String html = "<html><body><article class='entry author-jane-doe'>" + PROSE + "</article></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
    }

    @Test
    void embeddedPostInASocialWrapperIsKept() {
        String text = text(PROSE + "<div class='social-media-embed'><blockquote class='twitter-tweet'>"
                + "<p>The detour took me forty minutes this morning.</p>— A Commuter</blockquote></div>"
                + "<div class='social-share'><p>Share this on Facebook</p></div>");

        assertTrue(text.contains("The detour took me forty minutes"), text);
        assertFalse(text.contains("Share this on Facebook"), text);
    }

    @Test
    void paragraphsThatAreOnlyLinksAreLeftOut() {
        String text = text(PROSE
                + "<p><strong><a href='/app'>GET THE NEWS APP BY CLICKING HERE</a></strong></p>"
                + "<p>Read more: <a href='/other'>Ferry fares to rise in the spring</a></p>"
                + "<p>The council meets again <a href='/agenda'>next week</a> to discuss the plans.</p>");

        assertFalse(text.contains("GET THE NEWS APP"), text);
        assertFalse(text.contains("Ferry fares"), text);
        assertTrue(text.contains("The council meets again next week"), text);
    }

    @Test
    void listOfOtherStoriesGoesWithItsLabel() {
        String text = text(PROSE + "<h3>You may also like</h3><ul>"
                + "<li><a href='/1'>Ten bridges worth a detour</a></li>"
                + "<li><a href='/2'>The ferry that never ran on time</a></li></ul>"
                + "<p>Steps to take before the closure:</p><ul><li>Plan another route, such as the"
                + " <a href='/ring'>ring road</a>.</li><li>Allow extra time.</li></ul>");

        assertFalse(text.contains("You may also like"), text);
        assertFalse(text.contains("Ten bridges"), text);
        assertTrue(text.contains("Plan another route, such as the ring road."), text);
        assertTrue(text.contains("Allow extra time."), text);
        assertTrue(text.contains("Steps to take before the closure:"), text);
    }

    @Test
    void adAndWidgetLabelsLeftInTheTextAreDropped() {
        String text = text("<p>The council voted on Tuesday to close the old bridge.</p><div><p>Advertisement</p></div>"
                + PROSE + "<h3>Comments</h3><div class='ad-slot-wrap'><span>ADVERTISEMENT</span></div>");

        assertTrue(text.contains("Engineers expect the repairs"), text);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("advertisement"), text);
        assertFalse(text.contains("Comments"), text);
    }

    @Test
    void shortParagraphNamedLikeAWidgetIsItsLabel() {
        String text = text(PROSE + "<p class='dpsp-share-text'>Sharing is caring!</p>"
                + "<p class='tag-intro'>Tagged stories follow the council's plans for the river crossings,"
                + " from the first survey to the vote.</p>");

        assertFalse(text.contains("Sharing is caring"), text);
        assertTrue(text.contains("Tagged stories follow"), text);
    }
}
