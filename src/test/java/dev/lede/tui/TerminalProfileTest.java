package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalProfileTest {
    private static final String UTF8 = "en_GB.UTF-8";

    @Test
    void modernTerminals_getEverything() {
        for (String term : new String[] {"xterm-256color", "screen-256color", "tmux-256color"}) {
            assertEquals(new TerminalProfile(TerminalProfile.Colours.INDEXED_256, true, true, true),
                    TerminalProfile.of(Map.of("TERM", term, "LANG", UTF8), false), term);
        }
    }

    @Test
    void colourDepth_comesFromColortermAndTheTerminfoName() {
        assertEquals(TerminalProfile.Colours.ANSI_16, TerminalProfile.of(Map.of("TERM", "xterm"), false).colours());
        assertEquals(TerminalProfile.Colours.TRUECOLOR,
                TerminalProfile.of(Map.of("TERM", "xterm-256color", "COLORTERM", "truecolor"), false).colours());
        assertEquals(TerminalProfile.Colours.TRUECOLOR,
                TerminalProfile.of(Map.of("TERM", "screen", "COLORTERM", "24bit"), false).colours());
        assertEquals(TerminalProfile.Colours.TRUECOLOR, TerminalProfile.of(Map.of("TERM", "tmux-direct"), false).colours());
        assertEquals(TerminalProfile.Colours.NONE,
                TerminalProfile.of(Map.of("TERM", "xterm-256color", "COLORTERM", "truecolor", "NO_COLOR", "1"), false)
                        .colours(), "NO_COLOR wins over everything the terminal offers");
        assertEquals(TerminalProfile.Colours.NONE,
                TerminalProfile.of(Map.of("TERM", "vt100", "COLORTERM", "truecolor"), false).colours());
    }

    @Test
    void noColor_setAndNonEmpty_orTheFlag_turnColourOff() {
        assertEquals(new TerminalProfile(false, true, true, true),
                TerminalProfile.of(Map.of("TERM", "xterm", "LANG", UTF8, "NO_COLOR", "1"), false));
        assertEquals(TerminalProfile.FULL,
                TerminalProfile.of(Map.of("TERM", "xterm", "LANG", UTF8, "NO_COLOR", ""), false),
                "an empty NO_COLOR is not set (no-color.org)");
        assertEquals(new TerminalProfile(false, true, true, true),
                TerminalProfile.of(Map.of("TERM", "xterm", "LANG", UTF8), true));
    }

    @Test
    void linuxConsole_keepsColour_butNotItalics() {
        assertEquals(new TerminalProfile(true, false, true, true),
                TerminalProfile.of(Map.of("TERM", "linux", "LANG", UTF8), false));
    }

    @Test
    void vt100_isMonochromeAscii() {
        assertEquals(new TerminalProfile(false, false, false, true),
                TerminalProfile.of(Map.of("TERM", "vt100", "LANG", UTF8), false));
    }

    @Test
    void dumb_cannotHoldAScreen() {
        assertEquals(false, TerminalProfile.of(Map.of("TERM", "dumb", "LANG", UTF8), false).fullScreen());
        assertEquals(false, TerminalProfile.of(Map.of("LANG", UTF8), false).fullScreen(), "no TERM at all");
    }

    @Test
    void locale_decidesGlyphs_lcAllFirst() {
        assertEquals(false, TerminalProfile.of(Map.of("TERM", "xterm", "LANG", "C"), false).unicode());
        assertEquals(false, TerminalProfile.of(Map.of("TERM", "xterm"), false).unicode(), "no locale: POSIX");
        assertEquals(true, TerminalProfile.of(Map.of("TERM", "xterm", "LC_ALL", "C.utf8", "LANG", "C"), false).unicode());
        assertEquals(false, TerminalProfile.of(Map.of("TERM", "xterm", "LC_ALL", "POSIX", "LANG", UTF8), false).unicode());
    }

    @Test
    void asciiStandIns_keepTheWidth() {
        assertEquals("-", Ascii.of('─', 1));
        assertEquals(".", Ascii.of('…', 1));
        assertEquals("\"", Ascii.of('“', 1));
        assertEquals("??", Ascii.of('中', 2));
        assertEquals("a", Ascii.of('a', 1));
        assertEquals("+", Ascii.of('✓', 1), "the related list's ready mark");
    }

    @Test
    void readerProfile_noColorWinsOverAColourTheme_andAsciiOverAUtf8Locale() {
        Map<String, String> env = Map.of("TERM", "xterm-256color", "LANG", UTF8, "NO_COLOR", "1");
        TerminalProfile profile = Tui.profile(env, new TuiOptions(72, false).withAscii(true));
        assertEquals(TerminalProfile.Colours.NONE, profile.colours());
        assertEquals(false, profile.unicode());
        assertEquals(true, Tui.profile(Map.of("TERM", "xterm", "LANG", UTF8), new TuiOptions(72, false)).unicode());
    }
}
