package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.article.Article;
import dev.lede.article.Block;
import org.junit.jupiter.api.Test;

/** The headline and byline as the page shows them, not as its sharing metadata words them. */
class HeadlinesTest {
    private static final String PAGE = "https://news.example/2026/02/08/assange";
    private static final String STORY = "<p>Prosecutors in Sweden said on Tuesday that they had dropped the"
            + " investigation, nine years after it began, because the evidence had weakened over time.</p>";

    private static Article extract(String head, String body) {
        return Extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", PAGE);
    }

    @Test
    void visibleH1_winsOverAShorterSocialTitle() {
        Article article = extract("<meta property='og:title' content='Sweden drops Assange rape investigation'>"
                + "<title>Sweden drops Assange rape investigation - News Example</title>",
                "<header class='site-header'><h1 class='site-logo'>News Example</h1></header>"
                + "<article><h1>Julian Assange: Sweden drops rape investigation</h1>" + STORY + "</article>");
        assertEquals("Julian Assange: Sweden drops rape investigation", article.title());
    }

    @Test
    void visibleH1_isNotRepeatedAsTheBodysFirstHeading() {
        Article article = extract("<meta property='og:title' content='Sweden drops Assange rape investigation'>",
                "<article><h1>Julian Assange: Sweden drops rape investigation</h1>" + STORY + "</article>");
        boolean repeated = article.body().stream().anyMatch(b -> b instanceof Block.Heading h
                && Block.textOf(h.spans()).contains("Julian Assange"));
        assertEquals(false, repeated);
    }

    @Test
    void h1OfAnotherStoryOrALogo_isNotTheHeadline() {
        Article article = extract("<meta property='og:title' content='Sweden drops Assange rape investigation'>",
                "<h1>Kabar tentang Dunia Islam</h1><article>" + STORY
                + "<aside class='promo'><h1>Join our free parlay challenge</h1></aside></article>");
        assertEquals("Sweden drops Assange rape investigation", article.title());
    }

    @Test
    void metaTitle_losesTheSiteNameOnEitherSide_whateverTheSeparator_neverTruncated() {
        String headline = "Sweden drops rape investigation into Julian Assange after nine years, citing weakened"
                + " evidence and the passage of time, prosecutors say";
        for (String title : new String[] {headline + " | News Example", headline + " - News Example",
            headline + " – News Example", headline + " · News Example", headline + " » News Example",
            "News Example: " + headline, "News Example | " + headline, headline + " | NewsExample"}) {
            Article article = extract("<meta property='og:site_name' content='News Example'>"
                    + "<meta property='og:title' content='" + title + "'>", "<article>" + STORY + "</article>");
            assertEquals(headline, article.title(), title);
        }
    }

    @Test
    void metaTitle_withoutTheSiteName_keepsItsOwnSeparators() {
        Article article = extract("<meta property='og:site_name' content='News Example'>"
                + "<meta property='og:title' content='Brexit: what happens next - and who decides'>",
                "<article>" + STORY + "</article>");
        assertEquals("Brexit: what happens next - and who decides", article.title());
    }

    @Test
    void byline_withoutItsLeadInWord_inTheListedLanguages() {
        for (String line : new String[] {"By Ann Lee", "Von Ann Lee", "Par Ann Lee", "Текст: Ann Lee", "BY: Ann Lee"}) {
            assertEquals("Ann Lee", Bylines.clean(line), line);
        }
        assertEquals("Byron Smith", Bylines.clean("Byron Smith"));
    }
}
