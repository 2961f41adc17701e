package dev.lede.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.HashMap;
import java.util.Map;

/**
 * Screen cells by text and look, each made once. Lanterna checks every new cell's text with a
 * {@link java.text.BreakIterator}; a screen holds thousands of cells but only a few hundred
 * different ones, and a fresh JVM runs that check slowly.
 */
final class Cells {
    /** Cells other than printable ASCII kept per look, at most; then that look's are dropped and made again. */
    static final int MAX_OTHERS = 4096;

    private final Map<Theme.Look, ForLook> byLook = new HashMap<>();

    /** The cell showing grapheme cluster {@code text} (printable, one cell wide or two) in {@code look}. */
    TextCharacter of(String text, Theme.Look look) {
        ForLook cells = byLook.get(look);
        if (cells == null) {
            cells = new ForLook();
            byLook.put(look, cells);
        }
        if (text.length() == 1 && text.charAt(0) >= ' ' && text.charAt(0) < 0x7F) {
            char c = text.charAt(0);
            TextCharacter cell = cells.ascii[c];
            if (cell == null) {
                cell = make(text, look);
                cells.ascii[c] = cell;
            }
            return cell;
        }
        TextCharacter cell = cells.others.get(text);
        if (cell == null) {
            if (cells.others.size() >= MAX_OTHERS) {
                cells.others.clear();
            }
            cell = make(text, look);
            cells.others.put(text, cell);
        }
        return cell;
    }

    private static TextCharacter make(String text, Theme.Look look) {
        TextCharacter[] made = TextCharacter.fromString(text, look.foreground(), TextColor.ANSI.DEFAULT,
                look.attributes());
        return made.length == 0 ? TextCharacter.fromCharacter(' ')[0] : made[0];
    }

    private static final class ForLook {
        final TextCharacter[] ascii = new TextCharacter[0x7F];
        final Map<String, TextCharacter> others = new HashMap<>();
    }
}
