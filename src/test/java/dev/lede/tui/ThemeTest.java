package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.lede.layout.Role;
import org.junit.jupiter.api.Test;

class ThemeTest {
    private static Theme theme(TerminalProfile.Colours colours) {
        return Theme.of(new TerminalProfile(colours, true, true, true));
    }

    @Test
    void sixteenColours_useOnlyTheAnsiPalette() {
        Theme theme = theme(TerminalProfile.Colours.ANSI_16);
        for (Role role : Role.values()) {
            assertTrue(theme.look(role).foreground() instanceof TextColor.ANSI, role.name());
        }
        assertEquals(TextColor.ANSI.CYAN, theme.look(Role.PULL_QUOTE).foreground());
    }

    @Test
    void headline_inEveryColourDepth_isBoldAndColoured_unlikeSubheads() {
        for (TerminalProfile.Colours colours : java.util.List.of(TerminalProfile.Colours.ANSI_16,
                TerminalProfile.Colours.INDEXED_256, TerminalProfile.Colours.TRUECOLOR)) {
            Theme theme = theme(colours);
            assertTrue(theme.look(Role.HEADLINE).attributes().contains(SGR.BOLD), colours.name());
            assertTrue(!theme.look(Role.HEADLINE).foreground().equals(TextColor.ANSI.DEFAULT), colours.name());
            assertTrue(!theme.look(Role.HEADLINE).equals(theme.look(Role.HEADING)), colours + ": the headline looks like h2");
        }
    }

    @Test
    void moreColours_giveTheSameToneExactly() {
        TextColor indexed = theme(TerminalProfile.Colours.INDEXED_256).look(Role.META).foreground();
        TextColor rgb = theme(TerminalProfile.Colours.TRUECOLOR).look(Role.META).foreground();
        assertTrue(indexed instanceof TextColor.Indexed, indexed.toString());
        assertTrue(rgb instanceof TextColor.RGB, rgb.toString());
        assertEquals(indexed.toColor(), rgb.toColor(), "the palette index and the 24-bit colour are one grey");
        assertEquals(theme(TerminalProfile.Colours.TRUECOLOR).chrome().foreground(), rgb, "the frame is as quiet as the dateline");
    }

    @Test
    void monochrome_keepsStructureWithAttributesOnly() {
        Theme theme = theme(TerminalProfile.Colours.NONE);
        for (Role role : Role.values()) {
            assertEquals(TextColor.ANSI.DEFAULT, theme.look(role).foreground(), role.name());
        }
        assertTrue(theme.look(Role.HEADLINE).attributes().contains(SGR.BOLD));
        assertTrue(theme.look(Role.LINK).attributes().contains(SGR.UNDERLINE));
    }
}
