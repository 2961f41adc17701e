package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinkNotesTest {
    private static Span link(String text, String href) {
        return new Span(text, Set.of(), href);
    }

    private static Article article(List<Block> body) {
        return new Article("http://x.example/", "Title", null, null, null, "en", null, body, List.of());
    }

    private static String text(Layout layout) {
        return layout.lines().stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    @Test
    void links_areNumberedByFirstAppearance_oncePerAddress_andListedAtTheEnd() {
        Article article = article(List.of(
                new Block.Paragraph(List.of(Span.plain("Ministers "), link("met", "http://a.example/met"),
                        Span.plain(" and "), link("talked", "http://b.example/talk"), Span.plain("."))),
                new Block.Quote(List.of(new Block.Paragraph(List.of(link("met again", "http://a.example/met"))))),
                new Block.Paragraph(List.of(link("", "http://empty.example/")))));
        assertEquals(List.of("http://a.example/met", "http://b.example/talk"), LinkNotes.targets(article));
        String text = text(Layouter.layout(article, 72));
        assertTrue(text.contains("Ministers met\u00a0[1] and talked\u00a0[2]."), text);
        assertTrue(text.contains("met again\u00a0[1]"), text);
        assertTrue(text.indexOf("Links") < text.indexOf("1. http://a.example/met"), text);
        assertTrue(text.contains("2. http://b.example/talk"), text);
        assertTrue(!text.contains("empty.example"), "a link with no text has nothing to number");
    }

    @Test
    void theNumber_staysWithItsWord_atEveryWidth() {
        Article article = article(List.of(new Block.Paragraph(List.of(
                Span.plain("A fairly long sentence that will wrap somewhere before the "), link("link", "http://a/"),
                Span.plain(" and after it.")))));
        for (int width = 10; width <= 80; width++) {
            for (Line line : Layouter.layout(article, width).lines()) {
                assertTrue(!line.text().strip().startsWith("[1]"), width + ": " + line.text());
            }
        }
    }

    @Test
    void noLinks_noList() {
        Article article = article(List.of(new Block.Paragraph(List.of(Span.plain("Plain.")))));
        assertTrue(!text(Layouter.layout(article, 72)).contains("Links"));
    }
}
