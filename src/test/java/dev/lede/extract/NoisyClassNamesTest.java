package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoisyClassNamesTest {
    private static final String PROSE = "<p>The council voted on Tuesday to close the old bridge, citing cracks"
            + " found by inspectors during the spring survey of the river crossings.</p>"
            + "<p>Residents who cross daily said the detour would add twenty minutes, and shop owners on the"
            + " east bank worried about losing passing trade over the summer months.</p>"
            + "<p>Engineers expect the repairs to take a year, though the council has not yet said how the"
            + " work will be paid for or whether a temporary crossing will be built.</p>";

    @Test
    void articleWhoseClassMentionsTagsStillGivesItsText() {
        String html = "<html><body><nav><a href='/'>Home</a></nav>"
                + "<article class='post tag-bridges tag-council'>" + PROSE + "</article></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("Engineers expect the repairs"), text);
    }

    @Test
    void shareBarInsideTheArticleIsDropped() {
        String html = "<html><body><article>" + PROSE
                + "<div class='share-bar'><p>Share this story with a friend today</p></div></article></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertFalse(text.contains("Share this story"), text);
    }

    @Test
    void commentThreadIsDroppedEvenWhenLong() {
        String html = "<html><body><article>" + PROSE
                + "<div class='comments'>" + PROSE.replace("council", "commenter") + "</div></article></body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertFalse(text.contains("commenter"), text);
    }
}
