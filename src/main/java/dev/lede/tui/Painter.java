package dev.lede.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.article.TerminalText;
import dev.lede.layout.Graphemes;
import dev.lede.layout.TextWidth;

/**
 * Puts text on the screen cell by cell, measuring widths with {@link TextWidth} so what is drawn
 * matches what layout planned. Control characters never reach a cell.
 */
final class Painter {
    private final Screen screen;
    private final int columns;
    private final boolean ascii;
    private final Cells cells;

    /** @param ascii draw ASCII stand-ins for every other glyph ({@link Ascii}) */
    Painter(Screen screen, int columns, boolean ascii) {
        this(screen, columns, ascii, new Cells());
    }

    /** @param cells the cells made for earlier frames, to use again */
    Painter(Screen screen, int columns, boolean ascii, Cells cells) {
        this.screen = screen;
        this.columns = columns;
        this.ascii = ascii;
        this.cells = cells;
    }

    /** Draws {@code text} from {@code column} on {@code row}; returns the column after it. Clips at the edge. */
    int put(int column, int row, String text, Theme.Look look) {
        int col = column;
        int i = 0;
        while (i < text.length() && col < columns) {
            int cp = text.codePointAt(i);
            int next = Graphemes.next(text, i);
            // A grapheme cluster (marks, joined emoji, a flag) goes into one cell at the width
            // layout measured; terminal controls never do, whatever the model promised
            // (the last check before the screen).
            String cluster = printable(text, i, next);
            int width = TextWidth.of(cluster);
            i = next;
            if (TerminalText.isUnsafe(cp) || width == 0) {
                continue;
            }
            if (col + width > columns) {
                break;
            }
            if (ascii && cp >= 0x80) {
                String standIn = Ascii.of(cp, width);
                for (int k = 0; k < standIn.length(); k++) {
                    screen.setCharacter(col + k, row, cells.of(standIn.substring(k, k + 1), look));
                }
            } else {
                screen.setCharacter(col, row, cells.of(cluster, look));
            }
            col += width;
        }
        return col;
    }

    /** Fills {@code [from, to)} on {@code row} with blanks. */
    void clear(int row, int from, int to) {
        TextCharacter blank = TextCharacter.fromCharacter(' ')[0];
        for (int col = Math.max(0, from); col < Math.min(to, columns); col++) {
            screen.setCharacter(col, row, blank);
        }
    }

    /** {@code text[start, end)} without the code points no cell may hold. */
    private static String printable(String text, int start, int end) {
        if (end == start + 1) { // one char: the common case, drawn as it is unless it is a control
            char c = text.charAt(start);
            return TerminalText.isUnsafe(c) || Character.isISOControl(c) ? "" : text.substring(start, end);
        }
        StringBuilder kept = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!TerminalText.isUnsafe(c) && !Character.isISOControl(c)) {
                kept.appendCodePoint(c);
            }
        }
        return kept.toString();
    }
}
