package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiLayoutTest {
    private static Block para(String text) {
        return new Block.Paragraph(List.of(Span.plain(text)));
    }

    @Test
    void ascii_barsBulletsQuotesAndRules_areAllAscii() {
        Article article = new Article(null, "Plain title", null, "Jo", "2026-02-08", null, null, List.of(
                new Block.PullQuote("Said it", "Jo"),
                new Block.Quote(List.of(para("quoted"))),
                new Block.ItemList(false, 1, List.of(List.of(para("one"),
                        new Block.ItemList(false, 1, List.of(List.of(para("inner"))))))),
                new Block.Table(List.of(List.of("a", "b"), List.of("1", "2")), true),
                new Block.Preformatted("x".repeat(80))), List.of());
        Layout layout = Layouter.layout(article, 60, LayoutOptions.DEFAULT.ascii(true));
        StringBuilder all = new StringBuilder();
        for (Line line : layout.lines()) {
            all.append(line.text()).append('\n');
        }
        for (Line line : layout.scrolled(5).lines()) {
            all.append(line.text()).append('\n');
        }
        assertTrue(all.chars().allMatch(c -> c < 0x80), all::toString);
        String text = all.toString();
        assertTrue(text.contains("By Jo - Sunday, 8 February 2026 - 1 min read"), text);
        assertTrue(text.contains("    | \"Said it\"\n    | -- Jo\n"), text);
        assertTrue(text.contains("| quoted\n"), text);
        assertTrue(text.contains("* one\n  - inner\n"), text);
        assertTrue(text.contains("a | b\n--+--\n1 | 2\n"), text);
        assertTrue(text.contains("<" + "x".repeat(58) + ">"), text);
    }

    @Test
    void numberLinks_off_leavesLinksUnmarked() {
        Article article = new Article(null, "", null, null, null, null, null, List.of(new Block.Paragraph(List.of(
                Span.plain("See "), new Span("this", java.util.Set.of(), "https://x.test/")))), List.of());
        Layout plain = Layouter.layout(article, 40, LayoutOptions.DEFAULT.numberLinks(false));
        assertEquals("See this", plain.line(plain.size() - 1).text());
        Layout numbered = Layouter.layout(article, 40);
        assertTrue(numbered.lines().stream().anyMatch(l -> l.text().equals("See this\u00a0[1]")));
    }
}
