package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownFormatTest {
    private static Article article(List<Block> body, List<RelatedLink> related) {
        return new Article("https://news.test/a", "Rain *returns* to the valley", null, "Ana Ruiz", "2026-02-08",
                "en", "Farmers welcome the first storm in months.", body, related);
    }

    @Test
    void format_everyKindOfBlock_asCommonMark() {
        List<Block> body = List.of(
                new Block.Paragraph(List.of(Span.plain("The storm came "),
                        new Span("early", Set.of(Span.Mark.EMPHASIS), null), Span.plain(", said "),
                        new Span("the office", Set.of(), "https://met.test/office"), Span.plain(". Run "),
                        new Span("rain_gauge --now", Set.of(Span.Mark.CODE), null), Span.plain("."))),
                new Block.Heading(2, List.of(Span.plain("What next"))),
                new Block.PullQuote("We had given up", "a farmer"),
                new Block.Quote(List.of(new Block.Paragraph(List.of(Span.plain("Quoted words."))))),
                new Block.ItemList(true, 3, List.of(
                        List.of(new Block.Paragraph(List.of(Span.plain("Dig")))),
                        List.of(new Block.Paragraph(List.of(Span.plain("Plant"))),
                                new Block.ItemList(false, 1, List.of(List.of(
                                        new Block.Paragraph(List.of(Span.plain("beans"))))))))),
                new Block.Figure("https://img.test/a.jpg", "A wet field", "The field on Monday"),
                new Block.Preformatted("x = 1\n  y = 2"),
                new Block.Table(List.of(List.of("Day", "mm"), List.of("Mon", "12|3")), true),
                new Block.Rule());
        String expected = """
                # Rain \\*returns\\* to the valley

                *Farmers welcome the first storm in months.*

                By Ana Ruiz · Sunday, 8 February 2026 · 1 min read

                <https://news.test/a>

                The storm came *early*, said [the office](https://met.test/office). Run `rain_gauge --now`.

                ## What next

                > *“We had given up”*
                >
                > — a farmer

                > Quoted words.

                3. Dig
                4. Plant

                   - beans

                ![A wet field](https://img.test/a.jpg)\\
                *The field on Monday*

                ```
                x = 1
                  y = 2
                ```

                | Day | mm |
                | --- | --- |
                | Mon | 12\\|3 |

                ---

                ## Related articles

                - [Drought ends](https://news.test/b)
                """;
        assertEquals(expected, MarkdownFormat.format(article(body, List.of(new RelatedLink("Drought ends",
                "https://news.test/b")))));
    }

    @Test
    void escape_syntaxInText_isLiteral() {
        assertEquals("1\\. not a list", MarkdownFormat.escape("1. not a list"));
        assertEquals("\\- not a bullet", MarkdownFormat.escape("- not a bullet"));
        assertEquals("\\<b\\> \\#tag a\\_b", MarkdownFormat.escape("<b> #tag a_b"));
    }
}
