package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreformattedScrollTest {
    private static final String CODE = "short\n0123456789abcdefghijklmnopqrstuvwxyz";

    private static Layout layout(Block block, int width) {
        Typesetter body = new Typesetter(width);
        body.block(block, Layouter.FIRST_BODY_UNIT);
        return new Layout(body.lines(), width);
    }

    @Test
    void wideLine_isClippedWithAMark_andKeepsItsText() {
        Layout layout = layout(new Block.Preformatted(CODE), 20);
        assertEquals("short", layout.line(0).text());
        assertFalse(layout.line(0).overflows());
        assertEquals("0123456789abcdefghi›", layout.line(1).text());
        assertTrue(layout.line(1).overflows());
    }

    @Test
    void scrolled_movesTheTextUnderMarks_untilItsEndIsInView() {
        Layout layout = layout(new Block.Preformatted(CODE), 20);
        assertEquals("‹56789abcdefghijklm›", layout.scrolled(5).line(1).text());
        assertEquals("short", layout.scrolled(5).line(0).text(), "a line that fits does not move");
        assertEquals(17, layout.maxShift());
        assertEquals("‹hijklmnopqrstuvwxyz", layout.scrolled(17).line(1).text());
        assertEquals("‹hijklmnopqrstuvwxyz", layout.scrolled(99).line(1).text(), "no scrolling past the end");
        for (int shift = 0; shift < 30; shift++) {
            for (Line line : layout.scrolled(shift).lines()) {
                assertTrue(line.width() <= 20, line.text());
            }
        }
    }

    @Test
    void scrolled_insideAQuote_keepsTheBar() {
        Layout layout = layout(new Block.Quote(List.of(new Block.Preformatted(CODE))), 20);
        assertEquals("│ 0123456789abcdefg›", layout.line(1).text());
        assertEquals("│ ‹3456789abcdefghi›", layout.scrolled(3).line(1).text());
    }

    @Test
    void scrolled_wideCharacters_neverHalfShown() {
        Layout layout = layout(new Block.Preformatted("東京都の天気は晴れのち曇り、明日は雨"), 20);
        for (int shift = 0; shift <= layout.maxShift() + 1; shift++) {
            Line line = layout.scrolled(shift).line(0);
            assertTrue(line.width() <= 20, line.text());
        }
    }
}
