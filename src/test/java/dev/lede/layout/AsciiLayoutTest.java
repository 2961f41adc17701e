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
    void ascii_thePagesOwnQuotesDashesAndEllipses_areAsciiToo() {
        Article article = new Article(null, "The \u201cghost ships\u201d of Elefsina", null, null, null, null,
                "A standfirst \u2014 with a dash\u2026", List.of(
                para("\u201cWait\u2026\u201d she said \u2014 \u2018not yet\u2019, pages 4\u20135."),
                new Block.PullQuote("It\u2019s time\u2026", null)), List.of());
        Layout layout = Layouter.layout(article, 60, LayoutOptions.DEFAULT.ascii(true));
        String text = String.join("\n", layout.lines().stream().map(Line::text).toList());
        assertTrue(text.chars().allMatch(c -> c < 0x80), text);
        assertTrue(text.contains("The \"ghost ships\" of Elefsina"), text);
        assertTrue(text.contains("A standfirst - with a dash..."), text);
        assertTrue(text.contains("\"Wait...\" she said - 'not yet', pages 4-5."), text);
        assertTrue(text.contains("\"It's time...\""), text);
        Layout unicode = Layouter.layout(article, 60);
        assertTrue(unicode.lines().stream().anyMatch(line -> line.text().contains("\u201cWait\u2026\u201d")),
                "without --ascii the page's punctuation stays");
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
