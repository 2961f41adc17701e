package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small article laid out at 40, 72 and 100 columns against text worked out by hand: greedy
 * filling, the dateline, the pull-quote's indent and bar, bullets, and a line with wide
 * characters that fills 40 columns exactly.
 */
class GoldenLayoutTest {
    private static final Article FIXTURE = new Article(null, "Tide tables return to the harbour", null, "Mara Lind",
            "2026-03-02", "en", "The old boards go back up after ten years.", List.of(
                    paragraph("The harbour office put the tide boards back on the quay wall this week, and the"
                            + " fishermen say they had missed them."),
                    new Block.Heading(2, List.of(Span.plain("Why now"))),
                    new Block.PullQuote("We read the water, not the phone", "a skipper"),
                    new Block.ItemList(false, 1, List.of(List.of(paragraph("Boards on the quay")),
                            List.of(paragraph("Times in the window")))),
                    paragraph("The café sign reads 港口 in two scripts.")), List.of());

    private static Block paragraph(String text) {
        return new Block.Paragraph(List.of(Span.plain(text)));
    }

    private static String laidOut(int width) {
        StringBuilder out = new StringBuilder();
        for (Line line : Layouter.layout(FIXTURE, width).lines()) {
            out.append(line.text().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    @Test
    void at40() {
        assertEquals("""
                Tide tables return to the harbour

                The old boards go back up after ten
                years.

                By Mara Lind
                Monday, 2 March 2026 · 1 min read

                The harbour office put the tide boards
                back on the quay wall this week, and the
                fishermen say they had missed them.

                Why now

                    ┃ “We read the water, not the
                    ┃ phone”
                    ┃ — a skipper

                • Boards on the quay
                • Times in the window

                The café sign reads 港口 in two scripts.
                """, laidOut(40));
    }

    @Test
    void at72() {
        assertEquals("""
                Tide tables return to the harbour

                The old boards go back up after ten years.

                By Mara Lind · Monday, 2 March 2026 · 1 min read

                The harbour office put the tide boards back on the quay wall this week,
                and the fishermen say they had missed them.

                Why now

                    ┃ “We read the water, not the phone”
                    ┃ — a skipper

                • Boards on the quay
                • Times in the window

                The café sign reads 港口 in two scripts.
                """, laidOut(72));
    }

    @Test
    void at100() {
        assertEquals("""
                Tide tables return to the harbour

                The old boards go back up after ten years.

                By Mara Lind · Monday, 2 March 2026 · 1 min read

                The harbour office put the tide boards back on the quay wall this week, and the fishermen say they
                had missed them.

                Why now

                    ┃ “We read the water, not the phone”
                    ┃ — a skipper

                • Boards on the quay
                • Times in the window

                The café sign reads 港口 in two scripts.
                """, laidOut(100));
    }
}
