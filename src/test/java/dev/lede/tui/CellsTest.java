package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A cell shows its text in its look, whether it was just made or made for an earlier frame. */
class CellsTest {
    private static final Theme.Look BOLD = new Theme.Look(TextColor.ANSI.DEFAULT, EnumSet.of(SGR.BOLD));
    private static final Theme.Look GREY = new Theme.Look(TextColor.ANSI.WHITE, EnumSet.noneOf(SGR.class));

    @Test
    void aCell_carriesItsTextColourAndAttributes() {
        Cells cells = new Cells();
        TextCharacter bold = cells.of("a", BOLD);
        TextCharacter grey = cells.of("a", GREY);
        assertEquals("a", bold.getCharacterString());
        assertTrue(bold.isBold());
        assertEquals("a", grey.getCharacterString());
        assertFalse(grey.isBold());
        assertEquals(TextColor.ANSI.WHITE, grey.getForegroundColor());
    }

    @Test
    void theSameTextInALookEqualToAnEarlierOne_isTheSameCell() {
        Cells cells = new Cells();
        assertSame(cells.of("a", BOLD), cells.of("a", new Theme.Look(TextColor.ANSI.DEFAULT, EnumSet.of(SGR.BOLD))));
        assertSame(cells.of("é", BOLD), cells.of("é", BOLD));
    }

    @Test
    void clusters_andWideCharacters_stayWhole_evenPastTheCap() {
        Cells cells = new Cells();
        for (int i = 0; i <= Cells.MAX_OTHERS; i++) {
            cells.of(new String(Character.toChars(0x4E00 + i)), GREY);
        }
        assertEquals("e\u0301", cells.of("e\u0301", GREY).getCharacterString());
        assertEquals("中", cells.of("中", GREY).getCharacterString());
        assertTrue(cells.of("中", GREY).isDoubleWidth());
    }
}
