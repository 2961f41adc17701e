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

    @Test
    void shortPostInsideABoxNamedWidgetIsKept() {
        // Blogger wraps every post in class="widget Blog"; a short post written in divs and <br>s
        // has too little paragraph text to count as prose, yet it is the whole article.
        String html = "<html><body><div id='main' class='main section'><div class='widget Blog'>"
                + "<div class='post-body'><div>The ferry will stop running between the two islands in"
                + " March, the operator said, after twenty years of service.<br></div>"
                + "<div>Islanders, who rely on it for school and work, plan to petition the"
                + " regional government, which pays part of the fare, to step in.</div></div></div></div>"
                + "<div class='sidebar'><div class='widget PopularPosts'><a href='/x'>Top ten beaches</a></div></div>"
                + "</body></html>";

        String text = Extractor.extract(html, "https://example.com/a").text();

        assertTrue(text.contains("The ferry will stop running"), text);
        assertTrue(text.contains("Islanders, who rely on it"), text);
        assertFalse(text.contains("Top ten beaches"), text);
    }
}
