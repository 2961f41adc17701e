package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pull-quotes found by markup and by text, kept in place and out of the running text. */
class PullQuotesTest {
    private static final String FIRST = "<p>The harbour master has watched the boats leave at dawn for thirty years, and"
            + " he says the water has never been this warm so early in the spring, which worries everyone here.</p>";
    private static final String SECOND = "<p>Fishermen say the catch has moved north. We read the water, not the phone,"
            + " one skipper said, and the water tells us to go further out every single year now.</p>";
    private static final String THIRD = "<p>The council will decide next month whether to pay for a new survey of the"
            + " bay, a study the fishermen have asked for since the first warm winter a decade ago.</p>";

    private static Article article(String body) {
        return Extractor.extract("<html><head><title>Warm water</title></head><body><article>" + body
                + "</article></body></html>", "https://news.example/warm-water");
    }

    private static int indexOfPullQuote(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.PullQuote) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void asideMarkedPullQuote_becomesAPullQuoteWhereThePagePutsIt() {
        Article a = article(FIRST + "<aside class='pullquote'><p>We read the water, not the phone</p></aside>"
                + SECOND + THIRD);
        assertEquals(List.of("We read the water, not the phone"), a.pullQuotes());
        assertEquals(1, indexOfPullQuote(a.body()), "between the first and second paragraphs");
    }

    @Test
    void markedPullQuote_isNeverCountedInTheText() {
        Article a = article(FIRST + "<figure class='quote-highlight'><blockquote>Not a word of the body</blockquote>"
                + "</figure>" + SECOND + THIRD);
        assertEquals(List.of("Not a word of the body"), a.pullQuotes());
        assertFalse(a.text().contains("Not a word of the body"));
    }

    @Test
    void roleOrClassNamingACallout_isAPullQuoteToo() {
        Article a = article(FIRST + "<div role='note' class='article-callout'>“The water tells us to go further out”"
                + "</div>" + SECOND + THIRD);
        assertEquals(List.of("The water tells us to go further out"), a.pullQuotes(), "quote marks are dropped");
    }

    @Test
    void pullQuoteWithCite_keepsTheSpeakerApart() {
        Article a = article(FIRST + "<blockquote class='pull-quote'><p>We read the water, not the phone</p>"
                + "<cite>— a skipper</cite></blockquote>" + SECOND + THIRD);
        Block.PullQuote quote = assertInstanceOf(Block.PullQuote.class, a.body().get(indexOfPullQuote(a.body())));
        assertEquals("We read the water, not the phone", quote.text());
        assertEquals("a skipper", quote.attribution());
    }

    @Test
    void blockquoteRepeatingASentenceOfTheBody_isRecognisedByItsText() {
        Article a = article(FIRST + SECOND + "<blockquote><p>“The water tells us to go further out every single year”"
                + "</p></blockquote>" + THIRD);
        assertEquals(List.of("The water tells us to go further out every single year"), a.pullQuotes());
        assertEquals(1, a.text().split("go further out", -1).length - 1, "the sentence is in the text once");
    }

    @Test
    void repeatCutWithAnEllipsis_isStillARepeat() {
        Article a = article(FIRST + "<blockquote><p>The harbour master has watched the boats … the water has never"
                + " been this warm</p></blockquote>" + SECOND + THIRD);
        assertEquals(1, a.pullQuotes().size());
    }

    @Test
    void blockquoteQuotingSomethingElse_staysAQuoteInTheText() {
        Article a = article(FIRST + "<blockquote><p>Our survey of the southern bay found the temperature rising by a"
                + " degree every decade.</p></blockquote>" + SECOND + THIRD);
        assertTrue(a.pullQuotes().isEmpty());
        assertTrue(a.text().contains("a degree every decade"));
    }

    @Test
    void shortParagraphRepeatingALongerOne_isLeftInTheText() {
        Article a = article(FIRST + "<p>We read the water, not the phone, one skipper said</p>" + SECOND + THIRD);
        assertTrue(a.pullQuotes().isEmpty(), "a plain paragraph is not set apart");
    }

    @Test
    void longBoxNamedCallout_isAPassageNotAPullQuote() {
        Article a = article(FIRST + "<div class='callout'>" + SECOND + THIRD
                + "<p>Until then the boats will keep going further out.</p></div>");
        assertTrue(a.pullQuotes().isEmpty());
        assertTrue(a.text().contains("further out every single year"));
    }

    @Test
    void calloutThatIsMostlyALink_isAPromotionAndDropped() {
        Article a = article(FIRST + "<div class='callout'><a href='/subscribe'>Subscribe to the Harbour Gazette"
                + " newsletter</a></div>" + SECOND + THIRD);
        assertTrue(a.pullQuotes().isEmpty());
        assertFalse(a.text().contains("Subscribe"));
    }
}
